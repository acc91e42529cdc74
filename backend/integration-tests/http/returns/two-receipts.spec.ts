import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import type { LedgerEntryRecord } from "../../../src/modules/payout/service"
import reverseReceivedReturn from "../../../src/subscribers/order-return-reversals"
import reverseRefundedPayment from "../../../src/subscribers/payment-refund-reversals"
import returnRefunds from "../../../src/subscribers/return-refunds"
import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"
import { cents } from "../../helpers/values"

jest.setTimeout(240 * 1000)

const stripeHandle = stripeEmulatorForSuite()

// 612.50 MXN a huipil as staff write it: two earn 1,225.00 MXN.
const HUIPILES_CENTAVOS = 122500

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let weavers: string
    let huipil: string
    let weaversLocation: string

    const { entriesOf, balanceOf } = ledgerReader(getContainer)
    const standing = (entries: LedgerEntryRecord[], line: string) =>
      entries
        .filter((entry) => entry.line_item_id === line && ["earning", "reversal"].includes(entry.type))
        .reduce((sum, entry) => sum + entry.amount, 0)
    const refundsAtStripe = (intentId: string) =>
      Object.values(stripeHandle.emulator.state.refunds).filter((refund: any) => refund.payment_intent === intentId) as any[]
    const event = (name: string, data: Record<string, string>) => ({ event: { name, data }, container: getContainer() }) as any

    /** Staff receive some of a return's pieces in Medusa's admin, as its order page does. */
    async function receive(returnId: string, items: { id: string; quantity: number }[]) {
      await api.post(`/admin/returns/${returnId}/receive`, {}, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, fixture.admin)
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      // A sales tax makes the line's value odd (2 × 90.00 + 8.25% = 194.85): its halves differ by a cent.
      const { data: regions } = await api.get("/admin/tax-regions?country_code=us", fixture.admin)
      await api.post(
        "/admin/tax-rates",
        { tax_region_id: regions.tax_regions[0].id, name: "Sales tax", code: "SALES", rate: 8.25, is_default: true },
        fixture.admin
      )
      weavers = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "tejedoras", name: "Tejedoras" }), fixture.admin)).data
        .cooperative.id
      const piece = await shop.createPiece(weavers, "huipil", 10, 90)
      huipil = piece.variantId
      weaversLocation = piece.locationId
      await api.post(
        `/admin/cooperatives/${weavers}/producer-prices`,
        { prices: [{ variant_id: huipil, amount: "612.50" }] },
        fixture.admin
      )
      await api.post("/admin/exchange-rates", { rate: "17.85" }, fixture.admin)
    })

    it("reverses the whole line and refunds it to the cent when one return of two pieces is received in two parcels", async () => {
      const cartId = await shop.cartWith([[huipil, 2]])
      const { intentId } = await shop.payWith(cartId)
      const order = (await shop.complete(cartId)).order as { id: string; items: { id: string }[] }
      const line = order.items[0].id
      await waitFor(async () => (await entriesOf(order.id)).length === 1, 30_000, "the order's earning")
      await api.post(`/admin/orders/${order.id}/cooperative-parcels/${weavers}/ship`, { carrier: "Estafeta" }, fixture.admin)
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=total,items.id,items.total,payment_collections.payments.id,payment_collections.payments.captured_at`,
        fixture.admin
      )
      const lineCents = cents(data.order.items[0].total)
      expect(lineCents).toBe(19485)
      const payment = data.order.payment_collections[0].payments[0]
      expect(payment.captured_at).toBeTruthy()

      // Staff open one return for both huipiles at the weavers' workshop.
      const { data: opened } = await api.post("/admin/returns", { order_id: order.id, location_id: weaversLocation }, fixture.admin)
      const returnId = opened.return.id as string
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: line, quantity: 2 }] }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, fixture.admin)

      // The first huipil arrives: half the line back, floored.
      await receive(returnId, [{ id: line, quantity: 1 }])
      await waitFor(async () => standing(await entriesOf(order.id), line) === HUIPILES_CENTAVOS / 2, 30_000, "the first reversal")
      const [first] = await waitFor(
        async () => (refundsAtStripe(intentId).length === 1 ? refundsAtStripe(intentId) : null),
        30_000,
        "the first refund"
      )
      expect(first.amount).toBe(9742)

      // The second arrives in a parcel of its own: Medusa's return item now reads 1 received (its last receipt), the line 2.
      await receive(returnId, [{ id: line, quantity: 1 }])
      await waitFor(async () => refundsAtStripe(intentId).length === 2, 30_000, "the second refund")
      await waitFor(async () => standing(await entriesOf(order.id), line) === 0, 30_000, "the line's earning reversed in full")

      const refunds = refundsAtStripe(intentId)
      // The first parcel gives back the floor of half the line, the last exactly the rest.
      expect(refunds.map((refund) => refund.amount).sort()).toEqual([9742, 9743])
      expect(refunds[0].amount + refunds[1].amount).toBe(lineCents)
      const reversals = (await entriesOf(order.id))
        .filter((entry) => entry.type === "reversal")
        .sort((a, b) => a.entry_key.localeCompare(b.entry_key))
      expect(
        reversals.map((entry) => [entry.entry_key, entry.amount, entry.return_id, (entry.snapshot as { cause?: string } | null)?.cause])
      ).toEqual([
        [`reversal:${line}:return:1`, -HUIPILES_CENTAVOS / 2, returnId, "return"],
        [`reversal:${line}:return:2`, -HUIPILES_CENTAVOS / 2, returnId, "return"],
      ])
      expect(await balanceOf(weavers)).toBe(0)

      // Replayed events write and refund nothing more.
      const before = await entriesOf(order.id)
      for (let replay = 0; replay < 3; replay++) {
        await reverseReceivedReturn(event(OrderWorkflowEvents.RETURN_RECEIVED, { order_id: order.id, return_id: returnId }))
        await reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: payment.id }))
        await returnRefunds(event(OrderWorkflowEvents.RETURN_RECEIVED, { order_id: order.id, return_id: returnId }))
      }
      await sleep(1000)
      expect(await entriesOf(order.id)).toHaveLength(before.length)
      expect(refundsAtStripe(intentId)).toHaveLength(2)
      const { data: after } = await api.get(`/admin/payments/${payment.id}?fields=refunds.amount`, fixture.admin)
      expect(after.payment.refunds.reduce((sum: number, refund: { amount: number }) => sum + cents(refund.amount), 0)).toBe(lineCents)
    })
  },
})
