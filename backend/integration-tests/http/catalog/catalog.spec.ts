import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCatalogFixture } from "./catalog-fixture"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: Awaited<ReturnType<typeof createCatalogFixture>>

    const catalog = async (params: Record<string, string | number> = {}, headers: Record<string, string> = {}) => {
      const search = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]))
      const { data } = await api.get(`/store/catalog?${search}`, { headers: { ...fixture.store.headers, ...headers } })
      return data
    }
    const handles = (data: any) => data.products.map((product: any) => product.handle)
    const rejected = async (params: Record<string, string>) => {
      const search = new URLSearchParams(params)
      return await api.get(`/store/catalog?${search}`, fixture.store).catch((error: any) => error.response)
    }

    beforeAll(async () => {
      fixture = await createCatalogFixture(getContainer(), api)
    })

    describe("GET /store/catalog", () => {
      it("lists the published products of the key's sales channel, featured: in stock first, each cooperative in turn", async () => {
        const data = await catalog({ region_id: fixture.usd })
        expect(handles(data)).toEqual(["jicara-bowl", "doll-huipiles", "amber-necklace", "brocade-huipil", "clay-jaguar"])
        expect(data).toMatchObject({ count: 5, page: 1, limit: 24, pages: 1 })
        const huipil = data.products.find((product: any) => product.handle === "brocade-huipil")
        expect(huipil).toEqual({
          id: fixture.products["brocade-huipil"].id,
          handle: "brocade-huipil",
          title: "Brocade huipil",
          thumbnail: null,
          technique: "backstrap loom",
          category: { handle: "textiles", name: "Textiles" },
          cooperative: { handle: "tejedoras", name: "Tejedoras de Zinacantán", community: "Zinacantán" },
          price: { amount: "128.00", currency_code: "usd" },
          one_of_a_kind: false,
          in_stock: true,
          inventory: 3,
        })
      })

      it("reports stock from Medusa's inventory: sold out, one of a kind, and unmanaged inventory", async () => {
        const data = await catalog()
        const byHandle = Object.fromEntries(data.products.map((product: any) => [product.handle, product]))
        expect(byHandle["clay-jaguar"]).toMatchObject({ in_stock: false, inventory: 0 })
        expect(byHandle["amber-necklace"]).toMatchObject({ in_stock: true, inventory: 1, one_of_a_kind: true })
        expect(byHandle["jicara-bowl"]).toMatchObject({ in_stock: true, inventory: 0 })
        expect(byHandle["doll-huipiles"]).toMatchObject({ in_stock: true, inventory: 5 })

        const inStock = await catalog({ in_stock: "true" })
        expect(handles(inStock)).not.toContain("clay-jaguar")
        expect(inStock.count).toBe(4)
      })

      it("prices in the region's currency, and not at all without a region", async () => {
        const mxn = await catalog({ region_id: fixture.mxn, sort: "price_desc" })
        expect(mxn.products[0].price).toEqual({ amount: "2340.00", currency_code: "mxn" })
        expect(mxn.facets.price).toEqual({ min: "540.00", max: "2340.00", currency_code: "mxn" })

        const none = await catalog()
        expect(none.products.every((product: any) => product.price === null)).toBe(true)
        expect(none.facets.price).toBeNull()
      })

      it("filters by category, cooperative, technique (a short-list key), price range and stock", async () => {
        expect(handles(await catalog({ category: "textiles", sort: "newest" }))).toEqual(["doll-huipiles", "brocade-huipil"])
        expect(handles(await catalog({ cooperative: "artesanas", sort: "newest" }))).toEqual([
          "clay-jaguar",
          "jicara-bowl",
          "amber-necklace",
        ])
        expect(handles(await catalog({ technique: "backstrap-loom", sort: "newest" }))).toEqual(["doll-huipiles", "brocade-huipil"])
        expect(handles(await catalog({ technique: "pottery" }))).toEqual(["clay-jaguar"])
        const range = await catalog({ region_id: fixture.usd, min_price: "40", max_price: "95.00", sort: "price_asc" })
        expect(handles(range)).toEqual(["doll-huipiles", "jicara-bowl", "amber-necklace"])
        const combined = await catalog({ cooperative: "artesanas", category: "pottery", in_stock: "true" })
        expect(handles(combined)).toEqual(["jicara-bowl"])
        const unknown = await catalog({ category: "nothing-here" })
        expect(unknown).toMatchObject({ products: [], count: 0, pages: 0 })
      })

      it("sorts by price both ways (USD) and by newest", async () => {
        const ascending = await catalog({ region_id: fixture.usd, sort: "price_asc" })
        expect(handles(ascending)).toEqual(["clay-jaguar", "doll-huipiles", "jicara-bowl", "amber-necklace", "brocade-huipil"])
        expect(ascending.products.map((product: any) => product.price.amount)).toEqual(["30.00", "40.00", "60.00", "95.00", "128.00"])
        const descending = await catalog({ region_id: fixture.usd, sort: "price_desc" })
        expect(handles(descending)).toEqual([...handles(ascending)].reverse())
        expect(handles(await catalog({ sort: "newest" }))).toEqual([
          "clay-jaguar",
          "jicara-bowl",
          "amber-necklace",
          "doll-huipiles",
          "brocade-huipil",
        ])
      })

      it("paginates with counts that describe the whole result", async () => {
        const first = await catalog({ sort: "newest", limit: 2 })
        expect(first).toMatchObject({ count: 5, page: 1, limit: 2, pages: 3 })
        expect(handles(first)).toEqual(["clay-jaguar", "jicara-bowl"])
        const last = await catalog({ sort: "newest", limit: 2, page: 3 })
        expect(handles(last)).toEqual(["brocade-huipil"])
        const beyond = await catalog({ sort: "newest", limit: 2, page: 4 })
        expect(beyond).toMatchObject({ products: [], count: 5, pages: 3 })
      })

      it("counts facets on the other filters (disjunctive) and on the query", async () => {
        const all = await catalog({ region_id: fixture.usd })
        expect(all.facets).toEqual({
          categories: [
            { handle: "pottery", name: "Pottery", count: 2 },
            { handle: "textiles", name: "Textiles", count: 2 },
            { handle: "jewellery", name: "Jewellery", count: 1 },
          ],
          cooperatives: [
            { handle: "artesanas", name: "Artesanas de Chiapa", count: 3 },
            { handle: "tejedoras", name: "Tejedoras de Zinacantán", count: 2 },
          ],
          techniques: [
            { value: "backstrap-loom", label: "Backstrap loom", count: 2 },
            { value: "amber", label: "Amber cutting and polishing", count: 1 },
            { value: "pottery", label: "Hand-built pottery", count: 1 },
            { value: "lacquer", label: "Lacquer (laca)", count: 1 },
          ],
          price: { min: "30.00", max: "128.00", currency_code: "usd" },
        })

        const textiles = await catalog({ category: "textiles", region_id: fixture.usd })
        expect(textiles.facets.categories.map((c: any) => [c.handle, c.count])).toEqual([
          ["pottery", 2],
          ["textiles", 2],
          ["jewellery", 1],
        ])
        expect(textiles.facets.cooperatives).toEqual([{ handle: "tejedoras", name: "Tejedoras de Zinacantán", count: 2 }])
        expect(textiles.facets.price).toEqual({ min: "40.00", max: "128.00", currency_code: "usd" })

        const stocked = await catalog({ in_stock: "true", cooperative: "artesanas" })
        expect(stocked.facets.categories.map((c: any) => [c.handle, c.count])).toEqual([
          ["jewellery", 1],
          ["pottery", 1],
        ])

        const query = await catalog({ q: "huipil" })
        expect(query.facets.categories).toEqual([{ handle: "textiles", name: "Textiles", count: 2 }])
        expect(query.facets.techniques).toEqual([{ value: "backstrap-loom", label: "Backstrap loom", count: 2 }])
      })

      it.each([
        ["ambar", ["amber-necklace"]],
        ["AMBAR", ["amber-necklace"]],
        ["Ámbar", ["amber-necklace"]],
        ["amber", ["amber-necklace"]],
        ["collar", ["amber-necklace"]],
        // An unaccented query against accented text, and an accented one against plain text.
        ["zinacantan", ["doll-huipiles", "brocade-huipil"]],
        ["ZINACANTÁN", ["doll-huipiles", "brocade-huipil"]],
        ["huípil", ["doll-huipiles", "brocade-huipil"]],
      ])("finds %j accent- and case-insensitively", async (q, expected) => {
        expect(handles(await catalog({ q, sort: "newest" }))).toEqual(expected)
      })

      it("searches in English and Spanish", async () => {
        expect(handles(await catalog({ q: "jicara" }))).toEqual(["jicara-bowl"])
        expect(handles(await catalog({ q: "barro" }))).toEqual(["clay-jaguar"])
        expect(handles(await catalog({ q: "huipil", sort: "newest" }))).toEqual(["doll-huipiles", "brocade-huipil"])
        expect(handles(await catalog({ q: "tejedoras", sort: "newest" }))).toEqual(["doll-huipiles", "brocade-huipil"])
        expect(handles(await catalog({ q: "huipil", in_stock: "true", category: "jewellery" }))).toEqual([])
        expect(await catalog({ q: "no-such-thing" })).toMatchObject({ products: [], count: 0 })
      })

      it("answers in Spanish with ?locale=es-MX or the x-medusa-locale header", async () => {
        const byParam = await catalog({ q: "ambar", locale: "es-MX" })
        expect(byParam.products[0]).toMatchObject({ title: "Collar de ámbar", category: { handle: "jewellery", name: "Joyería" } })
        const byHeader = await catalog({ category: "pottery", sort: "newest" }, { "x-medusa-locale": "es-MX" })
        expect(byHeader.products.map((product: any) => product.title)).toEqual(["Jaguar de barro", "Jícara laqueada"])
        expect(byHeader.facets.categories.find((c: any) => c.handle === "pottery").name).toBe("Alfarería")
      })

      it.each<[Record<string, string>, RegExp]>([
        [{ limit: "0" }, /limit must be a whole number from 1 to 100/],
        [{ limit: "101" }, /limit must be a whole number from 1 to 100/],
        [{ page: "0" }, /page must be a whole number/],
        [{ page: "99999999" }, /page must be a whole number from 1 to 10000/],
        [{ sort: "bogus" }, /'featured, newest, price_asc, price_desc' for field 'sort'/],
        [{ min_price: "abc", region_id: "x" }, /min_price must be a non-negative decimal amount/],
        [{ max_price: "-1", region_id: "x" }, /max_price must be a non-negative decimal amount/],
        [{ in_stock: "yes" }, /'true, false' for field 'in_stock'/],
        [{ technique: "Backstrap loom, brocade" }, /'backstrap-loom, brocade, embroidery.*' for field 'technique'/],
        [{ colour: "red" }, /colour/],
        [{ q: "x".repeat(201) }, /field 'q' too big, expected at most: '200'/],
        [{ min_price: "10" }, /region_id is required/],
        [{ max_price: "10" }, /region_id is required/],
        [{ min_price: "10.001", region_id: "<usd>" }, /min_price .*more than 2 decimals/],
        [{ min_price: "50", max_price: "10", region_id: "<usd>" }, /min_price is greater than max_price/],
        [{ min_price: "10.5", max_price: "10.49", region_id: "<usd>" }, /min_price is greater than max_price/],
        [{ region_id: "reg_missing" }, /Region with id reg_missing was not found/],
      ])("refuses %j with 400 and says what is wrong", async (params, message) => {
        // The table is built before the fixture exists: "<usd>" stands for its USD region.
        const response = await rejected({ ...params, ...(params.region_id === "<usd>" ? { region_id: fixture.usd } : {}) })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it.each<[string, RegExp]>([
        ["category=textiles&category=pottery", /'category'/],
        ["cooperative[$ne]=artesanas", /'cooperative'/],
        ["q[]=a&q[]=b", /'q'/],
        ["sort=newest&sort=price_asc", /'sort'/],
        ["filters.price.min=1", /filters.price.min/],
      ])("refuses the repeated or nested parameter %s with 400, never a 500", async (search, message) => {
        const response = await api.get(`/store/catalog?${search}`, fixture.store).catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("accepts the edge of every range", async () => {
        const data = await catalog({
          page: 10000,
          limit: 100,
          min_price: "0",
          max_price: "128.00",
          region_id: fixture.usd,
          in_stock: "false",
        })
        expect(data).toMatchObject({ products: [], count: 5, page: 10000, limit: 100, pages: 1 })
        expect((await catalog({ q: "   ", category: "" })).count).toBe(5)
      })
    })

    describe("GET /store/impact", () => {
      it("counts the network and averages the cooperatives' share of USD prices", async () => {
        const { data } = await api.get("/store/impact", fixture.store)
        // Shares at 20 MXN/USD: huipil M and L 1300 MXN of 128 USD -> 65.00/128.00 = 5078 bps each;
        // necklace 900 MXN of 95 USD -> 45.00/95.00 = 4736 bps. (5078 + 5078 + 4736) / 3 = 4964.
        expect(data).toEqual({
          cooperatives: 2,
          artisans: 3,
          member_families: 42 + 17,
          products: 5,
          average_cooperative_share_bps: 4964,
          // Nothing paid out yet (payout/impact.spec.ts moves these).
          paid_to_cooperatives: { amount: 0, currency_code: "mxn" },
          families_reached: 0,
        })
      })
    })

    describe("when the search index cannot answer", () => {
      it("says so with a 503 instead of quietly matching text some other way", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await knex.raw("ALTER TABLE search_pg_product_v1 RENAME TO search_pg_product_v1_away")
        try {
          // Words no earlier test searched: recent hits for the same words are reused (catalog-index.ts).
          const answer = await rejected({ q: "zinacantan brocade" })
          expect(answer.status).toBe(503)
          expect(answer.headers["retry-after"]).toBe("30")
          expect(answer.data).toEqual({
            type: "search_unavailable",
            message: expect.stringMatching(/Search is unavailable.*browsing and filters still work/),
          })
          // Browsing needs no index.
          expect((await catalog({ category: "textiles" })).count).toBeGreaterThan(0)
        } finally {
          await knex.raw("ALTER TABLE search_pg_product_v1_away RENAME TO search_pg_product_v1")
        }
        expect(handles(await catalog({ q: "zinacantan", sort: "newest" })).length).toBeGreaterThan(0)
      })
    })

    // The catalog reads PostgreSQL directly (lib/catalog/catalog-rows.ts): it must say what Medusa's own
    // product answers say, also where Medusa's rules are not the obvious ones.
    describe("agreeing with Medusa's product answers", () => {
      it("prices with an active sale price list, counts kits by their scarcest part, and translates", async () => {
        const { admin, products, usd } = fixture
        const huipil = products["brocade-huipil"]
        await api.post(
          "/admin/price-lists",
          {
            title: "Winter sale",
            description: "Ten dollars off the medium huipil",
            type: "sale",
            status: "active",
            prices: [{ variant_id: huipil.variants[0].id, amount: 118, currency_code: "usd" }],
          },
          admin
        )
        // The doll set also needs two of a second part per unit: 7 of it make 3 sets, fewer than its 5.
        const doll = products["doll-huipiles"]
        const { data: withItems } = await api.get(
          `/admin/products/${doll.id}?fields=*variants.inventory_items.inventory.location_levels`,
          admin
        )
        const locationId = withItems.product.variants[0].inventory_items[0].inventory.location_levels[0].location_id
        const { data: part } = await api.post(
          "/admin/inventory-items",
          { sku: "DOLL-STAND", title: "Doll stand", location_levels: [{ location_id: locationId, stocked_quantity: 7 }] },
          admin
        )
        await api.post(
          `/admin/products/${doll.id}/variants/${doll.variants[0].id}/inventory-items`,
          { inventory_item_id: part.inventory_item.id, required_quantity: 2 },
          admin
        )

        const page = await catalog({ region_id: usd, limit: 100 })
        const byHandle = Object.fromEntries(page.products.map((product: any) => [product.handle, product]))
        expect(byHandle["brocade-huipil"].price).toEqual({ amount: "118.00", currency_code: "usd" })
        expect(byHandle["doll-huipiles"]).toMatchObject({ inventory: 3, in_stock: true })

        // Every piece, compared with /store/products: lowest calculated price, stock of tracked variants.
        const { data: medusa } = await api.get(
          `/store/products?limit=100&region_id=${usd}&fields=handle,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory`,
          fixture.store
        )
        // (With a single sales channel, Medusa's /store/products skips its channel filter: offline-huipil shows there.)
        const listed = medusa.products.filter((product: any) => product.handle in byHandle)
        expect(listed.length).toBe(page.count)
        for (const product of listed) {
          const lowest = Math.min(...product.variants.map((variant: any) => variant.calculated_price.calculated_amount))
          const tracked = product.variants.filter((variant: any) => variant.manage_inventory)
          expect({ handle: product.handle, price: Number(byHandle[product.handle].price.amount) }).toEqual({
            handle: product.handle,
            price: lowest,
          })
          expect({ handle: product.handle, inventory: byHandle[product.handle].inventory }).toEqual({
            handle: product.handle,
            inventory: tracked.reduce((sum: number, variant: any) => sum + Math.max(variant.inventory_quantity, 0), 0),
          })
        }

        const spanish = await catalog({ limit: 100 }, { "x-medusa-locale": "es-MX" })
        const { data: medusaEs } = await api.get("/store/products?limit=100&fields=handle,title,*categories", {
          headers: { ...fixture.store.headers, "x-medusa-locale": "es-MX" },
        })
        for (const product of medusaEs.products.filter((product: any) => product.handle in byHandle)) {
          const piece = spanish.products.find((item: any) => item.handle === product.handle)
          expect({ title: piece.title, category: piece.category.name }).toEqual({
            title: product.title,
            category: product.categories[0].name,
          })
        }
        expect(spanish.products.find((item: any) => item.handle === "brocade-huipil").title).not.toBe("Brocade huipil")
      })
    })

    // Last: it writes, and the query cache outlives the database restore between tests.
    describe("keeping the search index current", () => {
      it("re-indexes a cooperative's products when the cooperative is renamed", async () => {
        await api.post(`/admin/cooperatives/${fixture.cooperatives.tejedoras.id}`, { name: "Bordadoras del Sol" }, fixture.admin)
        const deadline = Date.now() + 15000
        let found: string[] = []
        while (Date.now() < deadline && found.length < 2) {
          found = handles(await catalog({ q: "bordadoras", sort: "newest" }))
          if (found.length < 2) await new Promise((resolve) => setTimeout(resolve, 250))
        }
        expect(found).toEqual(["doll-huipiles", "brocade-huipil"])
      })
    })
  },
})
