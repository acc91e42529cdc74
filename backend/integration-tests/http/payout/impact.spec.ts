import { createHmac } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { checkoutDriver, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, registerShopper, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { statusOf } from "../../helpers/http"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(300 * 1000)

const stripeHandle = stripeEmulatorForSuite()
const PASSWORD = "telar-compradora-2026"

// Worked out by hand: producer prices in centavos, and what each order owes each cooperative.
const HUIPIL_CENTAVOS = 61250 // 612.50 MXN a huipil (coop A), 90.00 USD to the shopper
const BOLSA_CENTAVOS = 30025 // 300.25 MXN a bag (coop B), 40.00 USD
const ANA_OWES_A = 2 * HUIPIL_CENTAVOS // 1,225.00 MXN
const ANA_OWES_B = BOLSA_CENTAVOS // 300.25 MXN
const GUEST_OWES_A = HUIPIL_CENTAVOS
// At 17.85 MXN per USD: 1,225.00 / 17.85 = 68.627... USD -> 6863 cents; 300.25 / 17.85 = 16.820... -> 1682 cents.
const ANA_A_IN_USD = 6863
const ANA_B_IN_USD = 1682
const FAMILIES_A = 42
const FAMILIES_B = 17
const FAMILIES_DRAFT = 7
const DRAFT_BALANCE = 55500

type Auth = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let coopA: string
    let coopB: string
    let coopDraft: string
    let anaOrder: string
    let guestOrder: string
    let anaLines: { a: string; b: string }
    let ana: Auth
    let beto: Auth

    const { ledger } = ledgerReader(getContainer)
    const impact = async () => (await api.get("/store/impact", fixture.store)).data
    const earningsOf = (orderId: string, auth: Auth = fixture.store) =>
      statusOf(api.get(`/store/orders/${orderId}/cooperative-earnings`, auth))
    const createBatch = async (payouts: { cooperative_id: string; amount?: number }[]) => {
      const { data } = await api.post("/admin/payout-batches", { payouts }, fixture.admin)
      return data.payout_batch.payouts as { id: string; cooperative_id: string; amount: number }[]
    }
    const markPaid = (payoutId: string, key: string) => api.post(`/admin/payouts/${payoutId}/paid`, { tracking_key: key }, fixture.admin)

    const shopper = (email: string): Promise<Auth> =>
      registerShopper(api, fixture.store, { email, password: PASSWORD, first_name: "Compradora" })

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      const shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const cooperative = async (overrides: Record<string, unknown>) =>
        (await api.post("/admin/cooperatives", cooperativeBody(overrides), fixture.admin)).data.cooperative.id as string
      coopA = await cooperative({ handle: "coop-a", name: "Cooperativa A", member_families: FAMILIES_A })
      coopB = await cooperative({ handle: "coop-b", name: "Cooperativa B", member_families: FAMILIES_B })
      // No status: a new cooperative is a draft, hidden from shoppers.
      coopDraft = await cooperative({
        handle: "coop-borrador",
        name: "Cooperativa Borrador",
        member_families: FAMILIES_DRAFT,
        status: undefined,
      })

      const huipil = (await shop.createPiece(coopA, "huipil-impacto", 20, 90)).variantId
      const bolsa = (await shop.createPiece(coopB, "bolsa-impacto", 20, 40)).variantId
      await api.post(`/admin/cooperatives/${coopA}/producer-prices`, { prices: [{ variant_id: huipil, amount: "612.50" }] }, fixture.admin)
      await api.post(`/admin/cooperatives/${coopB}/producer-prices`, { prices: [{ variant_id: bolsa, amount: "300.25" }] }, fixture.admin)
      await api.post("/admin/exchange-rates", { rate: "17.85" }, fixture.admin)

      // Ana has an account and places her order signed in; a guest orders one huipil.
      ana = await shopper("ana@example.org")
      beto = await shopper("beto@example.org")
      const anaCart = await shop.cartWith([
        [huipil, 2],
        [bolsa, 1],
      ])
      await api.post(`/store/carts/${anaCart}/customer`, {}, ana)
      await shop.payWith(anaCart)
      const anaCompleted = await shop.complete(anaCart)
      expect(anaCompleted.type).toBe("order")
      anaOrder = anaCompleted.order.id
      const lineOf = (variant: string) => anaCompleted.order.items.find((item: any) => item.variant_id === variant).id as string
      anaLines = { a: lineOf(huipil), b: lineOf(bolsa) }
      const guestCart = await shop.cartWith([[huipil, 1]])
      await shop.payWith(guestCart)
      const guestCompleted = await shop.complete(guestCart)
      expect(guestCompleted.type).toBe("order")
      guestOrder = guestCompleted.order.id
      const earned = async (orderId: string, count: number) =>
        (await ledger().listEntries({ order_id: orderId, type: "earning" }, { take: null }))[1] === count
      await waitFor(async () => (await earned(anaOrder, 2)) && (await earned(guestOrder, 1)), 30_000, "the orders' earnings")

      await ledger().appendEntries([
        {
          entry_key: "adjustment:setup:draft",
          cooperative_id: coopDraft,
          type: "adjustment",
          amount: DRAFT_BALANCE,
          currency_code: "mxn",
          actor_type: "user",
          actor_id: "user_setup",
          note: "Saldo inicial de prueba",
        },
      ])
    })

    describe("GET /store/impact: paid to cooperatives and families reached", () => {
      it("counts nothing while payouts are only pending or failed", async () => {
        const before = await impact()
        expect(before).toMatchObject({ paid_to_cooperatives: { amount: 0, currency_code: "mxn" }, families_reached: 0 })
        const [toA, toB] = await createBatch([{ cooperative_id: coopA }, { cooperative_id: coopB }])
        expect(toA.amount).toBe(ANA_OWES_A + GUEST_OWES_A)
        expect(await impact()).toEqual(before)
        await api.post(`/admin/payouts/${toB.id}/failed`, { reason: "Cuenta cancelada por el banco" }, fixture.admin)
        expect(await impact()).toEqual(before)
      })

      it("moves by exactly each paid payout's amount, and counts a cooperative's families once", async () => {
        const before = await impact()
        const [toA, toB] = await createBatch([{ cooperative_id: coopA, amount: 100001 }, { cooperative_id: coopB }])
        await markPaid(toA.id, "MBAN01002612050001")
        const afterA = await impact()
        expect(afterA).toEqual({
          ...before,
          paid_to_cooperatives: { amount: 100001, currency_code: "mxn" },
          families_reached: FAMILIES_A,
        })
        await markPaid(toB.id, "MBAN01002612050002")
        expect(await impact()).toEqual({
          ...before,
          paid_to_cooperatives: { amount: 100001 + ANA_OWES_B, currency_code: "mxn" },
          families_reached: FAMILIES_A + FAMILIES_B,
        })
        // A second payout to A adds its pesos, not A's families again.
        const [again] = await createBatch([{ cooperative_id: coopA }])
        expect(again.amount).toBe(ANA_OWES_A + GUEST_OWES_A - 100001)
        await markPaid(again.id, "MBAN01002612050003")
        expect(await impact()).toEqual({
          ...before,
          paid_to_cooperatives: { amount: ANA_OWES_A + GUEST_OWES_A + ANA_OWES_B, currency_code: "mxn" },
          families_reached: FAMILIES_A + FAMILIES_B,
        })
      })

      it("leaves out what was paid to a draft cooperative until it is published", async () => {
        const before = await impact()
        const [toDraft] = await createBatch([{ cooperative_id: coopDraft }])
        await markPaid(toDraft.id, "MBAN01002612050004")
        expect(await impact()).toEqual(before)

        await api.post(`/admin/cooperatives/${coopDraft}`, { status: "published" }, fixture.admin)
        expect(await impact()).toMatchObject({
          cooperatives: before.cooperatives + 1,
          member_families: before.member_families + FAMILIES_DRAFT,
          paid_to_cooperatives: { amount: DRAFT_BALANCE, currency_code: "mxn" },
          families_reached: FAMILIES_DRAFT,
        })
        await api.post(`/admin/cooperatives/${coopDraft}`, { status: "archived" }, fixture.admin)
        expect(await impact()).toEqual(before)
      })

      it("tells the storefront to refresh its impact figures when a payout is marked paid", async () => {
        const received: { tags: string[]; signature: string; body: string }[] = []
        const server: Server = createServer((request, response) => {
          let body = ""
          request.on("data", (chunk) => {
            body += chunk
          })
          request.on("end", () => {
            received.push({ tags: JSON.parse(body).tags, signature: String(request.headers["x-telar-signature"]), body })
            response.writeHead(200, { "content-type": "application/json" }).end("{}")
          })
        })
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
        const previous = { url: process.env.STOREFRONT_INTERNAL_URL, secret: process.env.REVALIDATE_SECRET }
        process.env.STOREFRONT_INTERNAL_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        process.env.REVALIDATE_SECRET = "impact-test-secret"
        try {
          const [toA] = await createBatch([{ cooperative_id: coopA }])
          await new Promise((resolve) => setTimeout(resolve, 300))
          expect(received.filter((post) => post.tags.includes("impact"))).toEqual([])
          await markPaid(toA.id, "MBAN01002612050005")
          const post = await waitFor(
            async () => received.find((candidate) => candidate.tags.includes("impact")),
            10_000,
            "the revalidation"
          )
          expect(post.tags).toEqual(["impact"])
          const [, t, mac] = /^t=(\d+),sha256=([0-9a-f]+)$/.exec(post.signature) ?? []
          expect(mac).toBe(createHmac("sha256", "impact-test-secret").update(`${t}.${post.body}`).digest("hex"))
        } finally {
          process.env.STOREFRONT_INTERNAL_URL = previous.url
          process.env.REVALIDATE_SECRET = previous.secret
          if (previous.url === undefined) delete process.env.STOREFRONT_INTERNAL_URL
          if (previous.secret === undefined) delete process.env.REVALIDATE_SECRET
          await new Promise((resolve) => server.close(resolve))
        }
      })
    })

    describe("GET /store/orders/:id/cooperative-earnings", () => {
      it("gives the signed-in owner each cooperative's earnings, equal to the ledger's, with the dollars at the order's rate", async () => {
        const { status, data } = await earningsOf(anaOrder, ana)
        expect(status).toBe(200)
        expect(data).toEqual({
          cooperative_earnings: [
            {
              cooperative: { id: coopA, handle: "coop-a", name: "Cooperativa A" },
              amount: ANA_OWES_A,
              currency_code: "mxn",
              order_currency_amount: { amount: ANA_A_IN_USD, currency_code: "usd" },
            },
            {
              cooperative: { id: coopB, handle: "coop-b", name: "Cooperativa B" },
              amount: ANA_OWES_B,
              currency_code: "mxn",
              order_currency_amount: { amount: ANA_B_IN_USD, currency_code: "usd" },
            },
          ],
        })
        // The same numbers as the ledger's own entries of the order, summed per cooperative.
        const [entries] = await ledger().listEntries({ order_id: anaOrder }, { take: null })
        for (const earning of data.cooperative_earnings) {
          const ledgerSum = entries
            .filter((entry) => entry.cooperative_id === earning.cooperative.id)
            .reduce((sum, entry) => sum + entry.amount, 0)
          expect(earning.amount).toBe(ledgerSum)
        }
      })

      it("subtracts the order's reversals, and keeps a fully reversed cooperative at zero", async () => {
        await ledger().appendEntries([
          {
            entry_key: `reversal:test:${anaLines.a}`,
            cooperative_id: coopA,
            type: "reversal",
            amount: -HUIPIL_CENTAVOS,
            currency_code: "mxn",
            order_id: anaOrder,
            line_item_id: anaLines.a,
            actor_type: "system",
          },
          {
            entry_key: `reversal:test:${anaLines.b}`,
            cooperative_id: coopB,
            type: "reversal",
            amount: -BOLSA_CENTAVOS,
            currency_code: "mxn",
            order_id: anaOrder,
            line_item_id: anaLines.b,
            actor_type: "system",
          },
        ])
        const { data } = await earningsOf(anaOrder, ana)
        expect(
          data.cooperative_earnings.map((earning: any) => [earning.cooperative.id, earning.amount, earning.order_currency_amount])
        ).toEqual([
          // 612.50 MXN / 17.85 = 34.313... USD
          [coopA, ANA_OWES_A - HUIPIL_CENTAVOS, { amount: 3431, currency_code: "usd" }],
          [coopB, 0, { amount: 0, currency_code: "usd" }],
        ])
      })

      it("answers another shopper, or nobody signed in, as if the order did not exist", async () => {
        const strangers = [await earningsOf(anaOrder, beto), await earningsOf(anaOrder)]
        for (const { status, data } of strangers) {
          expect(status).toBe(404)
          expect(data.message).toBe(`Order "${anaOrder}" was not found.`)
        }
        expect((await earningsOf("order_does_not_exist", ana)).status).toBe(404)
      })

      it("answers a guest's order to whoever holds its id, as Medusa's own order route does", async () => {
        const { status, data } = await earningsOf(guestOrder)
        expect(status).toBe(200)
        expect(data.cooperative_earnings).toEqual([
          {
            cooperative: { id: coopA, handle: "coop-a", name: "Cooperativa A" },
            amount: GUEST_OWES_A,
            currency_code: "mxn",
            // 612.50 MXN / 17.85 = 34.313... USD
            order_currency_amount: { amount: 3431, currency_code: "usd" },
          },
        ])
      })
    })
  },
})
