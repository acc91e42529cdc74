import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120 * 1000)

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, data: {} as any }),
    (error: any) => error.response
  )

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
    })

    describe("exchange rates staff set", () => {
      it.each([
        [{ from_currency: "mxn", to_currency: "mxn", rate: "1" }, /both MXN/],
        [{ rate: "1.825" }, /outside the plausible range 10–40/],
        [{ rate: "182.5" }, /outside the plausible range 10–40/],
      ])("refuses %j with a message and records nothing", async (body, message) => {
        const answer = await refusal(api.post("/admin/exchange-rates", body, fixture.admin))
        expect(answer.status).toBe(400)
        expect(answer.data.message).toMatch(message)
        const { data } = await api.get("/admin/exchange-rates", fixture.admin)
        expect(data.count).toBe(0)
      })

      it("asks for confirmation before a jump of more than 20 % and records it once confirmed", async () => {
        await api.post("/admin/exchange-rates", { rate: "18" }, fixture.admin)
        await api.post("/admin/exchange-rates", { rate: "19.5" }, fixture.admin)
        const jump = await refusal(api.post("/admin/exchange-rates", { rate: "24" }, fixture.admin))
        expect(jump.status).toBe(400)
        expect(jump.data.message).toMatch(/differs from the rate in force \(19\.5\) by 23 %.*confirm_jump/)
        expect((await api.get("/admin/exchange-rates", fixture.admin)).data.exchange_rates[0].rate).toBe("19.5")

        const { data } = await api.post("/admin/exchange-rates", { rate: "24", confirm_jump: true }, fixture.admin)
        expect(data.exchange_rate).toMatchObject({ from_currency: "usd", to_currency: "mxn", rate: "24" })
        expect((await api.get("/store/exchange-rate", fixture.store)).data.exchange_rate.rate).toBe("24")
      })
    })

    describe("cooperatives", () => {
      it("refuses a sales channel that does not exist and creates nothing", async () => {
        const locationsBefore = (await api.get("/admin/stock-locations", fixture.admin)).data.count
        const answer = await refusal(
          api.post("/admin/cooperatives", cooperativeBody({ handle: "sin-canal", sales_channel_ids: ["sc_does_not_exist"] }), fixture.admin)
        )
        expect(answer.status).toBe(400)
        expect(answer.data.message).toMatch(/No sales channel sc_does_not_exist exists/)
        const { data } = await api.get("/admin/cooperatives?q=sin-canal", fixture.admin)
        expect(data.cooperatives.filter((c: any) => c.handle === "sin-canal")).toHaveLength(0)
        expect((await api.get("/admin/stock-locations", fixture.admin)).data.count).toBe(locationsBefore)
      })

      it("changes only the payout-account fields an update sends", async () => {
        const { data: created } = await api.post(
          "/admin/cooperatives",
          cooperativeBody({
            handle: "con-stripe",
            payout_account: {
              method: "stripe_connect",
              account_holder: "Con Stripe SC",
              stripe_account_id: "acct_1TestCoop",
              currency_code: "usd",
            },
          }),
          fixture.admin
        )
        const id = created.cooperative.id
        await api.post(`/admin/cooperatives/${id}`, { payout_account: { account_holder: "Con Stripe SC de RL" } }, fixture.admin)
        const { data } = await api.get(`/admin/cooperatives/${id}`, fixture.admin)
        expect(data.cooperative.payout_account).toMatchObject({
          method: "stripe_connect",
          account_holder: "Con Stripe SC de RL",
          stripe_account_id: "acct_1TestCoop",
          currency_code: "usd",
        })
      })
    })

    describe("draft, published and archived cooperatives", () => {
      it("shows only published cooperatives to shoppers, and counts the same ones everywhere", async () => {
        const before = (await api.get("/store/impact", fixture.store)).data
        const { data: draft } = await api.post(
          "/admin/cooperatives",
          cooperativeBody({ handle: "en-borrador", status: undefined, member_families: 7 }),
          fixture.admin
        )
        expect(draft.cooperative.status).toBe("draft")

        const publicHandles = async () => (await api.get("/store/cooperatives", fixture.store)).data.cooperatives.map((c: any) => c.handle)
        expect(await publicHandles()).not.toContain("en-borrador")
        const hidden = await refusal(api.get("/store/cooperatives/en-borrador", fixture.store))
        expect(hidden.status).toBe(404)
        expect((await api.get("/store/impact", fixture.store)).data).toMatchObject({
          cooperatives: before.cooperatives,
          member_families: before.member_families,
        })

        await api.post(`/admin/cooperatives/${draft.cooperative.id}`, { status: "published" }, fixture.admin)
        expect(await publicHandles()).toContain("en-borrador")
        expect((await api.get("/store/cooperatives/en-borrador", fixture.store)).data.cooperative.handle).toBe("en-borrador")
        const published = (await api.get("/store/impact", fixture.store)).data
        expect(published).toMatchObject({ cooperatives: before.cooperatives + 1, member_families: before.member_families + 7 })
        expect(published.cooperatives).toBe((await publicHandles()).length)

        await api.post(`/admin/cooperatives/${draft.cooperative.id}`, { status: "archived" }, fixture.admin)
        expect(await publicHandles()).not.toContain("en-borrador")
        expect((await api.get("/store/impact", fixture.store)).data.cooperatives).toBe(before.cooperatives)

        const bad = await refusal(api.post(`/admin/cooperatives/${draft.cooperative.id}`, { status: "public" }, fixture.admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/'draft, published, archived' for field 'status', but got: 'public'/)
      })
    })

    describe("GET /store/impact", () => {
      it("answers when a producer price is in a currency the exchange rate does not convert", async () => {
        await api.post("/admin/exchange-rates", { rate: "20" }, fixture.admin)
        const { data: created } = await api.post("/admin/cooperatives", cooperativeBody({ handle: "en-euros" }), fixture.admin)
        const { data: made } = await api.post(
          "/admin/products",
          {
            title: "Euro piece",
            status: "published",
            sales_channels: [{ id: fixture.salesChannelId }],
            options: [{ title: "Size", values: ["One"] }],
            variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 50, currency_code: "usd" }] }],
          },
          fixture.admin
        )
        await api.post(`/admin/cooperatives/${created.cooperative.id}/products`, { add: [made.product.id] }, fixture.admin)
        const cooperatives = getContainer().resolve("cooperative") as any
        const [price] = await cooperatives.createProducerPrices([{ amount: 20, currency_code: "eur" }])
        const link = getContainer().resolve("link") as any
        await link.create({ product: { product_variant_id: made.product.variants[0].id }, cooperative: { producer_price_id: price.id } })

        const { data } = await api.get("/store/impact", fixture.store)
        expect(data).toMatchObject({ products: 1, average_cooperative_share_bps: null })
      })
    })
  },
})
