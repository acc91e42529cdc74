import { Modules } from "@medusajs/framework/utils"
import { changesCatalog } from "../../../src/lib/catalog/catalog-events"
import { CACHE_HEADER } from "../../../src/lib/http-cache/store-response-cache"
import { checkoutDriver } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, registerShopper, type StoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(180 * 1000)

const stripeHandle = stripeEmulatorForSuite()

/** Events seen in these flows that change nothing a shopper sees of the catalog (carts, payments, orders' own rows, staff). */
const NOT_CATALOG = [
  "cart.",
  "payment.",
  "notification.",
  "customer.",
  "order.",
  "fulfillment.",
  "shipping-option.",
  "user.",
  "auth.",
  "payout.",
  "cooperative.payout-account.",
  "LinkCart",
  "LinkOrder",
  "LinkCustomer",
  "LinkRegionPaymentProvider",
  "LinkLocationFulfillment",
  "LinkShippingOptionPriceSet",
]

type Config = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let admin: Config
    let store: Config
    let shop: ReturnType<typeof checkoutDriver>
    let cooperativeId: string
    let huipil: Awaited<ReturnType<ReturnType<typeof checkoutDriver>["createPiece"]>>
    let jicara: Awaited<ReturnType<ReturnType<typeof checkoutDriver>["createPiece"]>>
    const emitted = new Set<string>()

    beforeAll(async () => {
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      bus.addInterceptor?.((message) => {
        emitted.add(message.name)
      })
      fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      const { data } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      cooperativeId = data.cooperative.id
      huipil = await shop.createPiece(cooperativeId, "huipil-de-cache", 3, 120)
      jicara = await shop.createPiece(cooperativeId, "jicara-de-cache", 1, 40)
    })

    // The runner restores the database between tests without any event: say so, as a restore by staff would.
    beforeEach(async () => {
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "product.updated", data: { id: [huipil.productId, jicara.productId] } })
    })

    /** A GET's status, the cache's verdict and the body exactly as sent. */
    const get = async (url: string, config: Config = store) => {
      const response = await api.get(url, { ...config, validateStatus: () => true, transformResponse: [(body: string) => body] })
      return {
        status: response.status as number,
        cache: response.headers[CACHE_HEADER] as string | undefined,
        text: response.data as string,
        json: () => JSON.parse(response.data),
      }
    }

    const catalogUrl = () => `/store/catalog?region_id=${fixture.usdRegionId}&limit=24`
    const productsUrl = () =>
      `/store/products?limit=12&region_id=${fixture.usdRegionId}&fields=*variants.calculated_price,+variants.inventory_quantity`
    const inCatalog = async (handle: string) => {
      const page = await get(catalogUrl())
      const item = page.json().products.find((product: { handle: string }) => product.handle === handle)
      return {
        cache: page.cache,
        item: item ? { price: Number(item.price.amount), inventory: item.inventory, in_stock: item.in_stock } : null,
      }
    }
    const inProducts = async (handle: string) => {
      const page = await get(productsUrl())
      const product = page.json().products.find((candidate: { handle: string }) => candidate.handle === handle)
      const variant = product?.variants[0]
      return {
        cache: page.cache,
        item: variant ? { price: variant.calculated_price.calculated_amount, inventory: variant.inventory_quantity } : null,
      }
    }

    it("answers a repeated anonymous read from the cache with the very same body", async () => {
      const urls = [
        catalogUrl(),
        "/store/products?limit=12",
        productsUrl(),
        `/store/products/${huipil.productId}`,
        "/store/cooperatives",
        `/store/cooperatives/${cooperativeBody().handle}`,
      ]
      for (const url of urls) {
        const first = await get(url)
        expect([url, first.status, first.cache]).toEqual([url, 200, "MISS"])
        const second = await get(url)
        expect([url, second.status, second.cache]).toEqual([url, 200, "HIT"])
        expect(second.text).toBe(first.text)
      }
      // The same query in another order is the same request.
      expect((await get(`/store/products?offset=0&limit=12`)).cache).toBe("MISS")
      expect((await get(`/store/products?limit=12&offset=0`)).cache).toBe("HIT")
    })

    it("keeps answers of other languages, keys and requests apart", async () => {
      await get(catalogUrl())
      expect((await get(catalogUrl())).cache).toBe("HIT")
      const spanish = { headers: { ...store.headers, "x-medusa-locale": "es-MX" } }
      expect((await get(catalogUrl(), spanish)).cache).toBe("MISS")
      expect((await get(catalogUrl(), spanish)).cache).toBe("HIT")
      expect((await get(`${catalogUrl()}&page=2`)).cache).toBe("MISS")

      // Another key of another sales channel: none of the first key's pieces, never its answer.
      const { data: channel } = await api.post("/admin/sales-channels", { name: "Feria" }, admin)
      const { data: key } = await api.post("/admin/api-keys", { title: "Feria", type: "publishable" }, admin)
      await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [channel.sales_channel.id] }, admin)
      const fair = { headers: { "x-publishable-api-key": key.api_key.token } }
      const other = await get(catalogUrl(), fair)
      expect(other.cache).toBe("MISS")
      expect(other.json().products).toEqual([])
    })

    it("never caches a failure, and never serves one from the cache", async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const missing = await get("/store/products/prod_does_not_exist")
        expect([missing.status, missing.cache]).toEqual([404, "MISS"])
        const invalid = await get("/store/catalog?sort=sideways")
        expect([invalid.status, invalid.cache]).toEqual([400, "MISS"])
      }
    })

    it("shows a stock change through the admin API on the very next request", async () => {
      const before = await inCatalog("huipil-de-cache")
      expect((await inCatalog("huipil-de-cache")).cache).toBe("HIT")
      await inProducts("huipil-de-cache")
      expect((await inProducts("huipil-de-cache")).cache).toBe("HIT")

      const stock = (before.item?.inventory ?? 0) + 4
      await api.post(
        `/admin/inventory-items/${huipil.inventoryItemId}/location-levels/${huipil.locationId}`,
        { stocked_quantity: stock },
        admin
      )
      expect(await inCatalog("huipil-de-cache")).toEqual({
        cache: "MISS",
        item: expect.objectContaining({ inventory: stock, in_stock: true }),
      })
      expect(await inProducts("huipil-de-cache")).toEqual({ cache: "MISS", item: expect.objectContaining({ inventory: stock }) })
      expect((await inCatalog("huipil-de-cache")).cache).toBe("HIT")
    })

    it("shows a price change on the very next request", async () => {
      const before = await inCatalog("huipil-de-cache")
      await inProducts("huipil-de-cache")
      expect((await inProducts("huipil-de-cache")).cache).toBe("HIT")

      const price = (before.item?.price ?? 0) + 9
      await api.post(
        `/admin/products/${huipil.productId}/variants/${huipil.variantId}`,
        { prices: [{ amount: price, currency_code: "usd" }] },
        admin
      )
      expect(await inCatalog("huipil-de-cache")).toEqual({ cache: "MISS", item: expect.objectContaining({ price }) })
      expect(await inProducts("huipil-de-cache")).toEqual({ cache: "MISS", item: expect.objectContaining({ price }) })
    })

    it("shows the last piece sold once a cart completing with it has reserved it", async () => {
      expect((await inCatalog("jicara-de-cache")).item).toMatchObject({ inventory: 1, in_stock: true })
      expect((await inCatalog("jicara-de-cache")).cache).toBe("HIT")
      const product = `/store/products/${jicara.productId}?fields=+variants.inventory_quantity`
      await get(product)
      expect((await get(product)).cache).toBe("HIT")

      const cartId = await shop.cartWith([[jicara.variantId, 1]])
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")

      expect(await inCatalog("jicara-de-cache")).toEqual({
        cache: "MISS",
        item: expect.objectContaining({ inventory: 0, in_stock: false }),
      })
      const after = await get(product)
      expect(after.cache).toBe("MISS")
      expect(after.json().product.variants[0].inventory_quantity).toBe(0)
    })

    it("stops showing an unpublished piece on the very next request", async () => {
      const one = `/store/products/${huipil.productId}`
      expect((await inCatalog("huipil-de-cache")).item).not.toBeNull()
      await get(one)
      expect((await get(one)).cache).toBe("HIT")

      await api.post(`/admin/products/${huipil.productId}`, { status: "draft" }, admin)
      expect(await inCatalog("huipil-de-cache")).toEqual({ cache: "MISS", item: null })
      expect(await get(one)).toMatchObject({ status: 404, cache: "MISS" })
      expect((await get(one)).status).toBe(404)
    })

    it("shows a piece put in a category (a change Medusa announces with no event of its own) on the very next request", async () => {
      const { data } = await api.post("/admin/product-categories", { name: "Jícaras", handle: "jicaras-de-cache", is_active: true }, admin)
      const category = data.product_category.id
      const move = (body: { add?: string[]; remove?: string[] }) => api.post(`/admin/product-categories/${category}/products`, body, admin)
      const inCategory = async () => {
        const page = await get(`/store/products?category_id[]=${category}&fields=handle&order=handle`)
        return { cache: page.cache, handles: page.json().products.map((product: { handle: string }) => product.handle) }
      }
      await move({ add: [huipil.productId] })
      await inCategory()
      expect(await inCategory()).toEqual({ cache: "HIT", handles: ["huipil-de-cache"] })

      await move({ add: [jicara.productId] })
      expect(await inCategory()).toEqual({ cache: "MISS", handles: ["huipil-de-cache", "jicara-de-cache"] })
      await move({ remove: [huipil.productId] })
      expect(await inCategory()).toEqual({ cache: "MISS", handles: ["jicara-de-cache"] })
    })

    it("stops showing a cooperative taken offline, and its pieces, on the very next request", async () => {
      await get("/store/cooperatives")
      expect((await get("/store/cooperatives")).cache).toBe("HIT")
      await inCatalog("huipil-de-cache")

      await api.post(`/admin/cooperatives/${cooperativeId}`, { status: "draft" }, admin)
      const cooperatives = await get("/store/cooperatives")
      expect(cooperatives.cache).toBe("MISS")
      expect(cooperatives.json().cooperatives).toEqual([])
      expect(await inCatalog("huipil-de-cache")).toEqual({ cache: "MISS", item: null })
    })

    it("never answers a signed-in shopper, a search or a cart's prices from the cache, nor keeps their answer for others", async () => {
      const shopper = await registerShopper(api, store, {
        email: "cached@example.org",
        password: "a-long-shopper-password",
        first_name: "Rosa",
      })
      for (const url of [productsUrl(), catalogUrl(), `/store/products/${huipil.productId}`]) {
        expect((await get(url, shopper)).cache).toBe("BYPASS")
        expect((await get(url, shopper)).cache).toBe("BYPASS")
        // Their answer was not kept: the first anonymous read is answered by the route.
        expect((await get(url)).cache).toBe("MISS")
        expect((await get(url)).cache).toBe("HIT")
        expect((await get(url, shopper)).cache).toBe("BYPASS")
      }
      // A search answers from the search index, which catches up with a change only after its event.
      expect((await get(`${catalogUrl()}&q=huipil`)).cache).toBe("BYPASS")
      expect((await get(`${catalogUrl()}&q=huipil`)).cache).toBe("BYPASS")
      // Prices that follow a cart's region and address are the cart's own.
      const { data } = await api.post("/store/carts", { region_id: fixture.usdRegionId }, store)
      expect((await get(`/store/products?limit=12&cart_id=${data.cart.id}&fields=*variants.calculated_price`)).cache).toBe("BYPASS")
    })

    it("names every event these changes emitted as a catalog event, or as one that changes nothing shoppers see", () => {
      const unknown = [...emitted].filter((name) => !changesCatalog(name) && !NOT_CATALOG.some((prefix) => name.startsWith(prefix)))
      expect(unknown).toEqual([])
      expect([...emitted].filter(changesCatalog).length).toBeGreaterThan(20)
    })
  },
})
