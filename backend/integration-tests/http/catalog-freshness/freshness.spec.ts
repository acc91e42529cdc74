import { Modules } from "@medusajs/framework/utils"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

// Medusa's Caching Module is on: these prove a cached store answer never outlives a change.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let store: any
    let product: any
    let usRegionId: string
    let inventoryItemId: string
    let locationId: string

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      const { data: profiles } = await api.get("/admin/shipping-profiles", admin)
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Amber pendant",
          handle: "amber-pendant",
          status: "published",
          shipping_profile_id: profiles.shipping_profiles[0].id,
          sales_channels: [{ id: fixture.salesChannelId }],
          options: [{ title: "Default", values: ["Default"] }],
          variants: [
            {
              title: "Default",
              sku: "AMB-1",
              manage_inventory: true,
              options: { Default: "Default" },
              prices: [{ amount: 60, currency_code: "usd" }],
            },
          ],
        },
        admin
      )
      product = data.product
      const { data: coop } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      await api.post(`/admin/cooperatives/${coop.cooperative.id}/products`, { add: [product.id] }, admin)
      locationId = coop.cooperative.stock_location.id
      const { data: variant } = await api.get(
        `/admin/products/${product.id}/variants/${product.variants[0].id}?fields=inventory_items.inventory_item_id`,
        admin
      )
      inventoryItemId = variant.variant.inventory_items[0].inventory_item_id
      await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels`, { location_id: locationId, stocked_quantity: 5 }, admin)
      const { data: regions } = await api.get("/store/regions", store)
      usRegionId = regions.regions.find((region: any) => region.currency_code === "usd").id
    })

    const storeView = async () => {
      const { data } = await api.get(
        `/store/products?handle=amber-pendant&region_id=${usRegionId}&fields=*variants.calculated_price,+variants.inventory_quantity`,
        store
      )
      const variant = data.products[0].variants[0]
      return { stock: variant.inventory_quantity, price: variant.calculated_price.calculated_amount }
    }

    it("shows a stock change on the very next store request", async () => {
      expect(await storeView()).toEqual({ stock: 5, price: 60 })
      expect(await storeView()).toEqual({ stock: 5, price: 60 }) // now served from the cache
      await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels/${locationId}`, { stocked_quantity: 2 }, admin)
      expect((await storeView()).stock).toBe(2)
    })

    it("shows a price change on the very next store request", async () => {
      await storeView()
      await api.post(
        `/admin/products/${product.id}/variants/${product.variants[0].id}`,
        { prices: [{ amount: 72, currency_code: "usd" }] },
        admin
      )
      expect((await storeView()).price).toBe(72)
    })

    it("moves a cart to another region (currency) when the shopper switches", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const mx = regions.regions.find((region: any) => region.currency_code === "mxn")
      const { data } = await api.post("/store/carts", { region_id: usRegionId }, store)
      const { data: updated } = await api.post(`/store/carts/${data.cart.id}`, { region_id: mx.id }, store)
      expect(updated.cart.currency_code).toBe("mxn")
      // And back again: a cached lookup of the previous region must not win.
      const { data: back } = await api.post(`/store/carts/${data.cart.id}`, { region_id: usRegionId }, store)
      expect(back.cart.currency_code).toBe("usd")
      const { data: second } = await api.post("/store/carts", { region_id: usRegionId }, store)
      const { data: moved } = await api.post(`/store/carts/${second.cart.id}`, { region_id: mx.id }, store)
      expect(moved.cart.currency_code).toBe("mxn")
    })

    // Last: they write, and the query cache outlives the database restore between tests, so they
    // compare answers before and after their own change, not with the fixture's values.
    describe("answers from the cache", () => {
      /** Counts the product module's reads of products matching `matches`: a cached answer makes none. */
      const countProductReads = (method: "listProducts" | "listAndCountProducts", matches: (filters: any) => boolean) => {
        const spy = jest.spyOn(getContainer().resolve(Modules.PRODUCT), method)
        return {
          reads: () => spy.mock.calls.filter(([filters]) => matches(filters)).length,
          reset: () => spy.mockClear(),
          restore: () => spy.mockRestore(),
        }
      }
      const newPrice = async (current: number) => {
        const amount = current + 7
        await api.post(
          `/admin/products/${product.id}/variants/${product.variants[0].id}`,
          { prices: [{ amount, currency_code: "usd" }] },
          admin
        )
        return amount
      }

      it("serves a repeated /store/products request from the cache, and the next one after a change from the database", async () => {
        const spy = countProductReads("listAndCountProducts", (filters) => [filters?.handle].flat().includes("amber-pendant"))
        try {
          const before = await storeView()
          spy.reset()
          expect(await storeView()).toEqual(before)
          expect(spy.reads()).toBe(0)

          const price = await newPrice(before.price)
          spy.reset()
          expect((await storeView()).price).toBe(price)
          expect(spy.reads()).toBe(1)
          spy.reset()
          expect((await storeView()).price).toBe(price)
          expect(spy.reads()).toBe(0)
        } finally {
          spy.restore()
        }
      })

      it("serves a repeated /store/catalog request from the cache, and the next one after a change from the database", async () => {
        const catalogView = async () => {
          const { data } = await api.get(`/store/catalog?region_id=${usRegionId}`, store)
          const piece = data.products.find((item: any) => item.handle === "amber-pendant")
          return { price: Number(piece.price.amount), inventory: piece.inventory as number }
        }
        // Computing the catalog prices every candidate for the region in one call to the Pricing Module.
        const pricing = jest.spyOn(getContainer().resolve(Modules.PRICING), "calculatePrices")
        const spy = { reads: () => pricing.mock.calls.length, reset: () => pricing.mockClear(), restore: () => pricing.mockRestore() }
        try {
          const before = await catalogView()
          spy.reset()
          expect(await catalogView()).toEqual(before)
          expect(spy.reads()).toBe(0)

          const price = await newPrice(before.price)
          spy.reset()
          expect((await catalogView()).price).toBe(price)
          expect(spy.reads()).toBe(1)
          spy.reset()
          expect((await catalogView()).price).toBe(price)
          expect(spy.reads()).toBe(0)

          // Stock is read fresh on every request: a sale shows at once, even on a cached page.
          await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels/${locationId}`, { stocked_quantity: 1 }, admin)
          expect((await catalogView()).inventory).toBe(1)
        } finally {
          spy.restore()
        }
      })
    })
  },
})
