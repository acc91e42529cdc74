import { Modules } from "@medusajs/framework/utils"
import { cooperativeBody } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { createCatalogFixture } from "../catalog/catalog-fixture"

jest.setTimeout(180 * 1000)

/** The catalog fixture's network: two published cooperatives, three artisans, five pieces on sale. */
const FIXTURE_IMPACT = { cooperatives: 2, artisans: 3, member_families: 42 + 17, products: 5 }

// Only published cooperatives, and their pieces, are public; drafts and archived ones are not.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: Awaited<ReturnType<typeof createCatalogFixture>>
    let cooperative: any
    let piece: any

    const get = (url: string) => api.get(url, fixture.store).catch((error: any) => error.response)
    const handles = (list: { handle: string }[]) => list.map((item) => item.handle)
    const catalog = async (search: string) => (await get(`/store/catalog?${search}`)).data
    const impact = async () => {
      const { average_cooperative_share_bps, paid_to_cooperatives, families_reached, ...counts } = (await get("/store/impact")).data
      return counts
    }
    const newCart = (items: { variant_id: string; quantity: number }[] = []) =>
      api.post("/store/carts", { region_id: fixture.usd, items }, fixture.store).catch((error: any) => error.response)
    const addToCart = (cartId: string) =>
      api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: piece.variants[0].id, quantity: 1 }, fixture.store)
        .catch((error: any) => error.response)
    const setStatus = (status: string) => api.post(`/admin/cooperatives/${cooperative.id}`, { status }, fixture.admin)

    beforeAll(async () => {
      fixture = await createCatalogFixture(getContainer(), api)
      const { admin, salesChannelId } = fixture
      const { data } = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ handle: "alfareras-del-sol", name: "Alfareras del Sol", status: "draft", member_families: 11 }),
        admin
      )
      cooperative = data.cooperative
      await api.post(`/admin/cooperatives/${cooperative.id}/artisans`, { handle: "lucia", name: "Lucía Gómez", craft: "pottery" }, admin)
      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Sun vessel",
          handle: "sun-vessel",
          status: "published",
          sales_channels: [{ id: salesChannelId }],
          metadata: { technique: "hand-coiled clay" },
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: "SUN-VESSEL",
              options: { Size: "One" },
              manage_inventory: false,
              prices: [
                { amount: 70, currency_code: "usd" },
                { amount: 1300, currency_code: "mxn" },
              ],
            },
          ],
        },
        admin
      )
      piece = created.product
      await api.post(`/admin/cooperatives/${cooperative.id}/products`, { add: [piece.id] }, admin)

      // The search index must hold the piece, so that its absence from the catalog is the rule's doing.
      const search = getContainer().resolve(Modules.SEARCH)
      const deadline = Date.now() + 30000
      for (;;) {
        const { hits } = await search.search({ entity: "product", filters: { id: [piece.id] } })
        if ((hits[0]?.document as any)?.cooperative_name === "Alfareras del Sol") break
        if (Date.now() > deadline) throw new Error("Timed out waiting for the search index to ingest the piece")
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })

    /** Every store answer that could show the cooperative or its piece, as one picture. */
    const storeView = async () => {
      const [list, detail, all, bySearch, byCooperative, byHandle, byId, byIdFilter, byCooperativeFilter, variants, variant] =
        await Promise.all([
          get("/store/cooperatives"),
          get("/store/cooperatives/alfareras-del-sol"),
          catalog(`region_id=${fixture.usd}`),
          catalog("q=sun%20vessel"),
          catalog("cooperative=alfareras-del-sol"),
          get("/store/products?handle=sun-vessel"),
          get(`/store/products/${piece.id}`),
          get(`/store/products?id=${piece.id}`),
          get("/store/products?cooperative=alfareras-del-sol"),
          get(`/store/product-variants?id=${piece.variants[0].id}`),
          get(`/store/product-variants/${piece.variants[0].id}`),
        ])
      return {
        listed: handles(list.data.cooperatives).includes("alfareras-del-sol"),
        detail: detail.status,
        inCatalog: handles(all.products).includes("sun-vessel"),
        catalogCount: all.count,
        inFacets: handles(all.facets.cooperatives).includes("alfareras-del-sol"),
        found: handles(bySearch.products),
        byCooperative: byCooperative.count,
        byHandle: handles(byHandle.data.products),
        byId: byId.status,
        byIdFilter: handles(byIdFilter.data.products),
        byCooperativeFilter: handles(byCooperativeFilter.data.products),
        variants: variants.data.variants.length,
        variant: variant.status,
      }
    }

    const HIDDEN = {
      listed: false,
      detail: 404,
      inCatalog: false,
      catalogCount: 5,
      inFacets: false,
      found: [],
      byCooperative: 0,
      byHandle: [],
      byId: 404,
      byIdFilter: [],
      byCooperativeFilter: [],
      variants: 0,
      variant: 404,
    }

    it("keeps a draft cooperative and its pieces out of the shop: lists, search, facets, products, numbers", async () => {
      expect(await storeView()).toMatchObject(HIDDEN)
      expect(await impact()).toEqual(FIXTURE_IMPACT)
      const { data } = await get("/store/products?limit=50")
      expect(handles(data.products)).toEqual(expect.arrayContaining(["brocade-huipil", "clay-jaguar"]))
      expect(handles(data.products)).not.toContain("sun-vessel")
      expect(data.count).toBe(data.products.length)
    })

    it("gives the same numbers everywhere: home page, cooperatives page and catalog facets", async () => {
      const [{ data: list }, numbers, all] = await Promise.all([get("/store/cooperatives"), impact(), catalog("")])
      const cooperatives: any[] = list.cooperatives
      expect(numbers.cooperatives).toBe(cooperatives.length)
      expect(numbers.member_families).toBe(cooperatives.reduce((sum, c) => sum + (c.member_families ?? 0), 0))
      expect(numbers.products).toBe(cooperatives.reduce((sum, c) => sum + c.product_count, 0))
      expect(numbers.products).toBe(all.count)
      const facetCounts = Object.fromEntries(all.facets.cooperatives.map((facet: any) => [facet.handle, facet.count]))
      expect(Object.fromEntries(cooperatives.map((c) => [c.handle, c.product_count]))).toEqual(facetCounts)
      for (const { handle, product_count } of cooperatives) {
        const { data } = await get(`/store/cooperatives/${handle}`)
        expect(data.cooperative.product_count).toBe(product_count)
        expect(data.cooperative.products).toHaveLength(product_count)
      }
    })

    it("refuses to put a draft cooperative's piece in a cart, with a reason", async () => {
      const refused = await newCart([{ variant_id: piece.variants[0].id, quantity: 1 }])
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/"Sun vessel" cannot be bought: the cooperative that makes it is not selling/)

      const { data } = await newCart()
      const line = await addToCart(data.cart.id)
      expect(line.status).toBe(400)
      expect(line.data.message).toMatch(/"Sun vessel" cannot be bought/)
      const { data: after } = await api.get(`/store/carts/${data.cart.id}`, fixture.store)
      expect(after.cart.items).toHaveLength(0)
    })

    // Last: it writes, and the query cache outlives the database restore between tests.
    it("shows the cooperative and its piece once published, everywhere at once, and hides them when archived", async () => {
      // Answers for the draft are in the query cache now: publishing must drop every one of them.
      expect(await storeView()).toMatchObject(HIDDEN)
      await setStatus("published")
      expect(await storeView()).toMatchObject({
        listed: true,
        detail: 200,
        inCatalog: true,
        catalogCount: 6,
        inFacets: true,
        found: ["sun-vessel"],
        byCooperative: 1,
        byHandle: ["sun-vessel"],
        byId: 200,
        byIdFilter: ["sun-vessel"],
        byCooperativeFilter: ["sun-vessel"],
        variants: 1,
        variant: 200,
      })
      expect(await impact()).toEqual({ cooperatives: 3, artisans: 4, member_families: 42 + 17 + 11, products: 6 })
      const { data: detail } = await get("/store/cooperatives/alfareras-del-sol")
      expect(detail.cooperative).toMatchObject({ product_count: 1, products: [{ handle: "sun-vessel" }] })
      expect((await newCart([{ variant_id: piece.variants[0].id, quantity: 1 }])).status).toBe(200)
      const { data: cart } = await newCart()
      expect((await addToCart(cart.cart.id)).status).toBe(200)

      await setStatus("archived")
      expect(await storeView()).toMatchObject(HIDDEN)
      expect(await impact()).toEqual(FIXTURE_IMPACT)
      expect((await addToCart(cart.cart.id)).status).toBe(400)
    })

    // Also last, for the same reason; the answer before the state it leaves matches the restored one.
    it("follows pieces as they join cooperatives, also cooperatives with no pieces yet", async () => {
      const { admin, salesChannelId } = fixture
      const createPiece = async (handle: string) => {
        const { data } = await api.post(
          "/admin/products",
          {
            title: handle,
            handle,
            status: "published",
            sales_channels: [{ id: salesChannelId }],
            options: [{ title: "Size", values: ["One"] }],
            variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 20, currency_code: "usd" }] }],
          },
          admin
        )
        return data.product.id as string
      }
      const createCooperative = async (handle: string, status: string) =>
        (await api.post("/admin/cooperatives", cooperativeBody({ handle, name: handle, status }), admin)).data.cooperative.id as string
      const productCount = async (handle: string) =>
        (await get("/store/cooperatives")).data.cooperatives.find((c: any) => c.handle === handle)?.product_count
      const listed = async (handle: string) => handles((await get(`/store/products?handle=${handle}`)).data.products)

      // No cooperative that is not published has a piece now: the cached answers name no product.
      await setStatus("published")
      const open = await createCooperative("vacia", "published")
      const draft = await createCooperative("borrador", "draft")
      const [moon, star] = [await createPiece("moon-vessel"), await createPiece("star-vessel")]
      expect(await productCount("vacia")).toBe(0)
      expect(await listed("moon-vessel")).toEqual(["moon-vessel"])

      await api.post(`/admin/cooperatives/${draft}/products`, { add: [moon] }, admin)
      await api.post(`/admin/cooperatives/${open}/products`, { add: [star] }, admin)
      expect(await listed("moon-vessel")).toEqual([])
      expect(await productCount("vacia")).toBe(1)
    })
  },
})
