import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moneySplit, toMinor } from "@telar/fair-trade"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let cooperative: any
    let product: any
    let salesChannelId: string

    const createProduct = async (title: string, handle: string) => {
      const { data } = await api.post(
        "/admin/products",
        {
          title,
          handle,
          status: "published",
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Size", values: ["M", "L"] }],
          variants: ["M", "L"].map((size) => ({
            title: size,
            sku: `${handle}-${size}`.toUpperCase(),
            options: { Size: size },
            prices: [
              { amount: 128, currency_code: "usd" },
              { amount: 2340, currency_code: "mxn" },
            ],
          })),
        },
        admin
      )
      return data.product
    }

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      salesChannelId = fixture.salesChannelId
      const { data } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      cooperative = data.cooperative
      product = await createProduct("Brocade huipil", "brocade-huipil")
      await api.post(`/admin/cooperatives/${cooperative.id}/products`, { add: [product.id] }, admin)
    })

    describe("creating a cooperative", () => {
      it("creates it with its payout account, stock location and shipping options", async () => {
        expect(cooperative).toMatchObject({
          handle: "tejedoras-de-prueba",
          region: "Altos",
          languages: ["Tsotsil", "Spanish"],
          payout_account: { method: "spei", clabe: "032180000118359719", currency_code: "mxn" },
        })
        expect(cooperative.stock_location.id).toMatch(/^sloc_/)

        const { data } = await api.get(
          `/admin/stock-locations/${cooperative.stock_location.id}?fields=*sales_channels,*fulfillment_sets,*fulfillment_sets.service_zones,*fulfillment_sets.service_zones.shipping_options`,
          admin
        )
        const zones = data.stock_location.fulfillment_sets[0].service_zones
        expect(zones).toHaveLength(2)
        const options = zones.flatMap((zone: any) => zone.shipping_options.map((option: any) => option.name)).sort()
        expect(options).toEqual(["Express", "Express", "Standard", "Standard"])
        expect(data.stock_location.sales_channels).toHaveLength(1)
      })

      it("rejects a duplicate handle with 4xx and writes nothing", async () => {
        const before = await api.get("/admin/cooperatives", admin)
        const error = await api.post("/admin/cooperatives", cooperativeBody({ name: "Another" }), admin).catch((e: any) => e.response)
        expect(error.status).toBeGreaterThanOrEqual(400)
        expect(error.status).toBeLessThan(500)
        expect(error.data.message).toContain('handle "tejedoras-de-prueba" already exists')
        const after = await api.get("/admin/cooperatives", admin)
        expect(after.data.count).toBe(before.data.count)
        const locations = await api.get("/admin/stock-locations", admin)
        expect(locations.data.stock_locations).toHaveLength(1)
      })

      it("rejects a CLABE with a wrong check digit, explaining why", async () => {
        const error = await api
          .post(
            "/admin/cooperatives",
            cooperativeBody({
              handle: "otra",
              payout_account: { method: "spei", account_holder: "Otra", clabe: "032180000118359718" },
            }),
            admin
          )
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/check digit is wrong/)
        const after = await api.get("/admin/cooperatives?handle=otra", admin)
        expect(after.data.cooperatives.find((c: any) => c.handle === "otra")).toBeUndefined()
      })

      it("rejects malformed bodies with field-level messages", async () => {
        const error = await api
          .post("/admin/cooperatives", cooperativeBody({ handle: "Bad Handle!", latitude: "north" }), admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/handle/)
        expect(error.data.message).toMatch(/latitude/)
      })
    })

    describe("updating and deleting", () => {
      it("updates fields and validates a new CLABE", async () => {
        const cached = await api.get("/store/cooperatives/tejedoras-de-prueba", store)
        expect(cached.data.cooperative.member_families).toBe(42)
        const { data } = await api.post(
          `/admin/cooperatives/${cooperative.id}`,
          { member_families: 50, story_es: "Nueva historia." },
          admin
        )
        expect(data.cooperative).toMatchObject({ member_families: 50, story_es: "Nueva historia." })
        // The store's cached answer follows the change.
        const fresh = await api.get("/store/cooperatives/tejedoras-de-prueba", store)
        expect(fresh.data.cooperative).toMatchObject({ member_families: 50, story_es: "Nueva historia." })
        const list = await api.get("/store/cooperatives", store)
        expect(list.data.cooperatives[0].member_families).toBe(50)

        const error = await api
          .post(`/admin/cooperatives/${cooperative.id}`, { payout_account: { clabe: "12345" } }, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        const { data: unchanged } = await api.get(`/admin/cooperatives/${cooperative.id}`, admin)
        expect(unchanged.cooperative.payout_account.clabe).toBe("032180000118359719")
      })

      it("answers 404 for an unknown cooperative", async () => {
        const error = await api.post("/admin/cooperatives/coop_missing", { name: "X Y" }, admin).catch((e: any) => e.response)
        expect(error.status).toBe(404)
        expect(error.data.message).toContain("coop_missing")
      })

      it("refuses to delete a cooperative that still has products, then deletes an empty one", async () => {
        const refused = await api.delete(`/admin/cooperatives/${cooperative.id}`, admin).catch((e: any) => e.response)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        expect(refused.data.message).toMatch(/still has 1 product/)

        const { data } = await api.post("/admin/cooperatives", cooperativeBody({ handle: "efimera", name: "Efímera" }), admin)
        await api.delete(`/admin/cooperatives/${data.cooperative.id}`, admin)
        const list = await api.get("/store/cooperatives", store)
        expect(list.data.cooperatives.map((c: any) => c.handle)).toEqual(["tejedoras-de-prueba"])
      })
    })

    describe("products, artisans and producer prices", () => {
      it("refuses to take a product from another cooperative", async () => {
        const { data } = await api.post("/admin/cooperatives", cooperativeBody({ handle: "alfareras", name: "Alfareras" }), admin)
        const error = await api
          .post(`/admin/cooperatives/${data.cooperative.id}/products`, { add: [product.id] }, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBeGreaterThanOrEqual(400)
        expect(error.status).toBeLessThan(500)
        expect(error.data.message).toMatch(/belongs to cooperative/)
      })

      it("credits artisans of the cooperative only", async () => {
        const { data: created } = await api.post(
          `/admin/cooperatives/${cooperative.id}/artisans`,
          { handle: "maria-perez", name: "María Pérez", craft: "brocade", bio_en: "Weaves.", bio_es: "Teje." },
          admin
        )
        const { data } = await api.post(`/admin/products/${product.id}/artisans`, { artisan_ids: [created.artisan.id] }, admin)
        expect(data.artisans.map((a: any) => a.handle)).toEqual(["maria-perez"])

        const { data: other } = await api.post("/admin/cooperatives", cooperativeBody({ handle: "otra-coop", name: "Otra" }), admin)
        const { data: stranger } = await api.post(
          `/admin/cooperatives/${other.cooperative.id}/artisans`,
          { handle: "juana", name: "Juana López", craft: "pottery" },
          admin
        )
        const error = await api
          .post(`/admin/products/${product.id}/artisans`, { artisan_ids: [stranger.artisan.id] }, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toContain(stranger.artisan.id)
      })

      // The database is restored before each test, so each case sets its own first prices.
      describe("producer prices", () => {
        const setPrices = (cooperativeId: string, prices: { variant_id: string; amount: unknown }[]) =>
          api.post(`/admin/cooperatives/${cooperativeId}/producer-prices`, { prices }, admin).catch((e: any) => e.response)
        const pricesByVariant = async () => {
          const { data } = await api.get(`/admin/cooperatives/${cooperative.id}/producer-prices`, admin)
          return Object.fromEntries(data.producer_prices.map((p: any) => [p.variant_id, Number(p.amount)]))
        }
        const setFirstPrices = async () => {
          const [m, l] = product.variants
          const ok = await setPrices(cooperative.id, [
            { variant_id: m.id, amount: "1300.50" },
            { variant_id: l.id, amount: 1400 },
          ])
          expect(ok.data).toEqual({ currency_code: "mxn", created: 2, updated: 0 })
          return { [m.id]: 1300.5, [l.id]: 1400 }
        }

        it("sets them from decimal text or numbers", async () => {
          const first = await setFirstPrices()
          expect(await pricesByVariant()).toEqual(first)
        })

        it.each([
          [-5, /negative/],
          ["abc", /not a number/],
          ["12.345", /2 decimals/],
        ])("rejects the amount %p with a 400 that says why, without writing", async (amount, reason) => {
          const first = await setFirstPrices()
          const error = await setPrices(cooperative.id, [{ variant_id: product.variants[0].id, amount }])
          expect(error.status).toBe(400)
          expect(error.data.message).toMatch(reason)
          expect(await pricesByVariant()).toEqual(first)
        })

        it("rejects a price for another cooperative's variant, without writing", async () => {
          const first = await setFirstPrices()
          const { data: other } = await api.post("/admin/cooperatives", cooperativeBody({ handle: "ajena", name: "Ajena" }), admin)
          const foreign = await setPrices(other.cooperative.id, [{ variant_id: product.variants[0].id, amount: 1 }])
          expect(foreign.status).toBeGreaterThanOrEqual(400)
          expect(foreign.status).toBeLessThan(500)
          expect(await pricesByVariant()).toEqual(first)
        })

        it("gives a variant one price when its first prices are sent at once", async () => {
          const service = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
          const before = (await service.listProducerPrices({}, { select: ["id"] })).length
          const [m] = product.variants
          const answers = await Promise.all(
            ["100", "200", "300", "400"].map((amount) => setPrices(cooperative.id, [{ variant_id: m.id, amount }]))
          )
          expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
          // The first writer creates it; the others find it and update it.
          expect(answers.map((answer) => answer.data.created).sort()).toEqual([0, 0, 0, 1])
          expect((await service.listProducerPrices({}, { select: ["id"] })).length).toBe(before + 1)
          const { data } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "product_variant", fields: ["id", "producer_price.id"], filters: { id: m.id } })
          expect(data[0].producer_price?.id).toBeTruthy()

          // Overlapping batches at once: both go through, one after the other.
          const [l] = product.variants.slice(1)
          const overlapping = await Promise.all([
            setPrices(cooperative.id, [{ variant_id: m.id, amount: "500" }]),
            setPrices(cooperative.id, [
              { variant_id: l.id, amount: "700" },
              { variant_id: m.id, amount: "600" },
            ]),
          ])
          expect(overlapping.map((answer) => answer.status)).toEqual([200, 200])
          expect((await pricesByVariant())[l.id]).toBe(700)
          expect([500, 600]).toContain((await pricesByVariant())[m.id])
        })

        it("writes none of a batch with one unknown variant", async () => {
          const first = await setFirstPrices()
          const mixed = await setPrices(cooperative.id, [
            { variant_id: product.variants[0].id, amount: 999 },
            { variant_id: "variant_missing", amount: 1 },
          ])
          expect(mixed.status).toBe(404)
          expect(await pricesByVariant()).toEqual(first)
        })
      })
    })

    describe("store API", () => {
      it("lists cooperatives with product counts and never payout details", async () => {
        const { data } = await api.get("/store/cooperatives", store)
        expect(data.cooperatives).toHaveLength(1)
        expect(data.cooperatives[0]).toMatchObject({ handle: "tejedoras-de-prueba", product_count: 1 })
        expect(JSON.stringify(data)).not.toMatch(/clabe|payout|account_holder|032180000118359719/)
      })

      it("shows a cooperative with its artisans and products by handle, 404 otherwise", async () => {
        await api.post(
          `/admin/cooperatives/${cooperative.id}/artisans`,
          { handle: "rosa", name: "Rosa Hernández", craft: "embroidery" },
          admin
        )
        const { data } = await api.get("/store/cooperatives/tejedoras-de-prueba", store)
        expect(data.cooperative.artisans.map((a: any) => a.name)).toEqual(["Rosa Hernández"])
        expect(data.cooperative.products.map((p: any) => p.handle)).toEqual(["brocade-huipil"])
        expect(JSON.stringify(data)).not.toMatch(/clabe|payout/)

        const missing = await api.get("/store/cooperatives/nadie", store).catch((e: any) => e.response)
        expect(missing.status).toBe(404)
        const nonsense = await api.get("/store/exchange-rate?from=2026-02-30&to=abc", store).catch((e: any) => e.response)
        expect(nonsense.status).toBe(400)
        expect(nonsense.data.message).toMatch(/three-letter ISO currency code/)
      })

      it("returns products with their cooperative through Medusa's fields parameter, without payout data", async () => {
        const { data } = await api.get(
          "/store/products?fields=+cooperative.*,+cooperative.payout_account.*,+variants.producer_price.*",
          store
        )
        expect(data.products[0].cooperative).toMatchObject({ handle: "tejedoras-de-prueba", name: "Tejedoras de Prueba" })
        expect(JSON.stringify(data)).not.toMatch(/clabe|payout_account|account_holder|contact_email|032180000118359719/)
      })

      it("filters products by cooperative handle or id", async () => {
        await createProduct("Clay dove", "clay-dove")
        const all = await api.get("/store/products", store)
        expect(all.data.products).toHaveLength(2)

        const byHandle = await api.get("/store/products?cooperative=tejedoras-de-prueba", store)
        expect(byHandle.data.products.map((p: any) => p.handle)).toEqual(["brocade-huipil"])
        const byId = await api.get(`/store/products?cooperative_id=${cooperative.id}`, store)
        expect(byId.data.products.map((p: any) => p.handle)).toEqual(["brocade-huipil"])
        const unknown = await api.get("/store/products?cooperative=nadie", store)
        expect(unknown.data.products).toHaveLength(0)
      })
    })

    describe("exchange rate and the money split", () => {
      it("records each rate change and serves the newest to the store", async () => {
        const missing = await api.get("/store/exchange-rate", store).catch((e: any) => e.response)
        expect(missing.status).toBe(404)
        const nonsense = await api.get("/store/exchange-rate?from=2026-02-30&to=abc", store).catch((e: any) => e.response)
        expect(nonsense.status).toBe(400)
        expect(nonsense.data.message).toMatch(/three-letter ISO currency code/)

        await api.post("/admin/exchange-rates", { rate: "18.2500" }, admin)
        await api.post("/admin/exchange-rates", { rate: 20, note: "Monthly update" }, admin)
        const bad = await api.post("/admin/exchange-rates", { rate: "-1" }, admin).catch((e: any) => e.response)
        expect(bad.status).toBe(400)

        const { data: history } = await api.get("/admin/exchange-rates", admin)
        expect(history.exchange_rates.map((r: any) => r.rate)).toEqual(["20", "18.25"])
        expect(history.exchange_rates[0].set_by).toMatch(/^user_/)

        const { data } = await api.get("/store/exchange-rate", store)
        expect(data.exchange_rate).toMatchObject({ from: "usd", to: "mxn", rate: "20" })
      })

      it("gives the storefront what the shared split needs", async () => {
        await api.post("/admin/exchange-rates", { rate: "20" }, admin)
        const [m] = product.variants
        await api.post(`/admin/cooperatives/${cooperative.id}/producer-prices`, { prices: [{ variant_id: m.id, amount: "1300" }] }, admin)
        const { data: regions } = await api.get("/store/regions", store)
        const us = regions.regions.find((r: any) => r.currency_code === "usd")
        const { data } = await api.get(
          `/store/products/${product.id}?region_id=${us.id}&fields=*variants.calculated_price,+variants.producer_price.*`,
          store
        )
        const variant = data.product.variants.find((v: any) => v.id === m.id)
        const { data: rate } = await api.get("/store/exchange-rate", store)
        const split = moneySplit({
          price: { amount: toMinor(variant.calculated_price.calculated_amount, "usd"), currency: "usd" },
          producerPrice: { amount: toMinor(variant.producer_price.amount, "mxn"), currency: variant.producer_price.currency_code },
          exchangeRate: { from: rate.exchange_rate.from, to: rate.exchange_rate.to, rate: rate.exchange_rate.rate },
        })
        expect(split).toMatchObject({
          total: 12800,
          cooperative: 6500,
          network: 6300,
          cooperativePayout: { amount: 130000, currency: "mxn" },
        })
      })
    })
  },
})
