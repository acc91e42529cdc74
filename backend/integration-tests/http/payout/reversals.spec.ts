import { Modules, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { LedgerEntryRecord } from "../../../src/modules/payout/service"
import reverseCancelledOrder from "../../../src/subscribers/order-cancellation-reversals"
import reverseReceivedReturn from "../../../src/subscribers/order-return-reversals"
import reverseRefundedPayment from "../../../src/subscribers/payment-refund-reversals"
import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(300 * 1000)

const stripeHandle = stripeEmulatorForSuite()

// Producer prices as staff write them; the centavos below are worked out by hand.
const HUIPIL_CENTAVOS = 61250 // 612.50 MXN a huipil, 90.00 USD to the shopper
const JARRA_CENTAVOS = 18025 // 180.25 MXN a jarra, 40.00 USD
// The rebozo (60.00 USD) has no producer price: it earns nothing but takes its share of refunds.

type OrderLine = { id: string; variant_id: string; quantity: number }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let coopA: string
    let coopB: string
    let huipil: string
    let jarra: string
    let rebozo: string
    let locationA: string

    const { entriesOf, balanceOf } = ledgerReader(getContainer)
    const reversalsOf = async (order: string) => (await entriesOf(order)).filter((entry) => entry.type === "reversal")
    const event = (name: string, data: Record<string, string>) => ({ event: { name, data }, container: getContainer() }) as any
    /** What is left of a line's earning: its earning plus its reversals. */
    const standing = (entries: LedgerEntryRecord[], line: string) =>
      entries
        .filter((entry) => entry.line_item_id === line && entry.type !== "advance_recoupment")
        .reduce((sum, entry) => sum + entry.amount, 0)

    async function placeOrder(lines: [string, number][], earnings: number) {
      const cartId = await shop.cartWith(lines)
      await shop.payWith(cartId)
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      const order = completed.order as { id: string; items: OrderLine[] }
      await waitFor(async () => (await entriesOf(order.id)).length === earnings, 30_000, "the order's earnings")
      const lineOf = (variant: string) => order.items.find((item) => item.variant_id === variant)!.id
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=id,total,item_total,shipping_total,payment_collections.payments.id`,
        fixture.admin
      )
      const payment = data.order.payment_collections[0].payments[0]
      // Staff capture when the parcels ship; only a captured payment can be refunded.
      await api.post(`/admin/payments/${payment.id}/capture`, {}, fixture.admin)
      const { total, item_total: goods, shipping_total: shipping } = data.order as Record<string, number>
      return { id: order.id, lineOf, paymentId: payment.id as string, total, goods, shipping }
    }

    /** A refund made by Telar's own flows: it names the lines it is for. */
    async function refundLines(paymentId: string, amount: number, lineIds: string[]) {
      // Medusa's workflow input type has no metadata, but the refund it creates keeps it.
      const input = { payment_id: paymentId, amount, metadata: { line_item_ids: lineIds } }
      await refundPaymentWorkflow(getContainer()).run({ input })
    }

    /** Staff's refund button in Medusa's admin: an amount, no lines. Then waits until the ledger has seen it. */
    async function refundFromAdmin(paymentId: string, amount?: number) {
      await api.post(`/admin/payments/${paymentId}/refund`, amount === undefined ? {} : { amount }, fixture.admin)
      // The app's subscriber runs on its own; this one waits for its turn at the order's lock and returns once all is written.
      await reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: paymentId }))
    }

    /** Staff receive pieces back in the admin: the return is requested, received and confirmed. */
    async function receiveReturn(orderId: string, items: { id: string; quantity: number }[]) {
      await api.post(`/admin/orders/${orderId}/cooperative-parcels`, { cooperative_id: coopA }, fixture.admin)
      const { data } = await api.post("/admin/returns", { order_id: orderId, location_id: locationA }, fixture.admin)
      const returnId = data.return.id as string
      await api.post(`/admin/returns/${returnId}/request-items`, { items }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, fixture.admin)
      return returnId
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const admin = fixture.admin
      coopA = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-a", name: "Cooperativa A" }), admin)).data.cooperative
        .id
      coopB = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "coop-b", name: "Cooperativa B" }), admin)).data.cooperative
        .id
      const huipilPiece = await shop.createPiece(coopA, "huipil-a", 50, 90)
      huipil = huipilPiece.variantId
      locationA = huipilPiece.locationId
      rebozo = (await shop.createPiece(coopA, "rebozo-sin-precio", 50, 60)).variantId
      jarra = (await shop.createPiece(coopB, "jarra-b", 50, 40)).variantId
      await api.post(`/admin/cooperatives/${coopA}/producer-prices`, { prices: [{ variant_id: huipil, amount: "612.50" }] }, admin)
      await api.post(`/admin/cooperatives/${coopB}/producer-prices`, { prices: [{ variant_id: jarra, amount: "180.25" }] }, admin)
      await api.post("/admin/exchange-rates", { rate: "17.85" }, admin)
    })

    describe("refunds", () => {
      it("reverses exactly the line a refund names, once however often the event comes", async () => {
        const order = await placeOrder(
          [
            [huipil, 2],
            [jarra, 1],
            [rebozo, 1],
          ],
          2
        )
        await refundLines(order.paymentId, 40, [order.lineOf(jarra)])
        const [jarraReversal] = await waitFor(async () => {
          const found = await reversalsOf(order.id)
          return found.length === 1 ? found : null
        })
        expect(jarraReversal).toMatchObject({
          cooperative_id: coopB,
          line_item_id: order.lineOf(jarra),
          amount: -JARRA_CENTAVOS,
          refund_id: expect.stringMatching(/^ref/),
          snapshot: expect.objectContaining({ cause: "refund", named_lines: [order.lineOf(jarra)] }),
        })
        expect(await balanceOf(coopB)).toBe(0)
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL_CENTAVOS)

        // A quarter of the huipiles' value (45.00 of 180.00): a quarter of their earning, 306.25 MXN.
        await refundLines(order.paymentId, 45, [order.lineOf(huipil)])
        await waitFor(async () => (await reversalsOf(order.id)).length === 2)
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL_CENTAVOS - 30625)

        const before = await entriesOf(order.id)
        await Promise.all(Array.from({ length: 4 }, () => reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: order.paymentId }))))
        expect(await entriesOf(order.id)).toHaveLength(before.length)
        expect(await balanceOf(coopA)).toBe(2 * HUIPIL_CENTAVOS - 30625)
        expect(await balanceOf(coopB)).toBe(0)
      })

      it("brings every line of a fully refunded order to exactly zero", async () => {
        const order = await placeOrder(
          [
            [huipil, 1],
            [jarra, 1],
          ],
          2
        )
        await refundFromAdmin(order.paymentId)
        const entries = await entriesOf(order.id)
        expect(standing(entries, order.lineOf(huipil))).toBe(0)
        expect(standing(entries, order.lineOf(jarra))).toBe(0)
        expect(await balanceOf(coopA)).toBe(0)
        expect(await balanceOf(coopB)).toBe(0)
      })

      it("brings two partial refunds that total everything to exactly zero, no line ever reversed past its earning", async () => {
        const order = await placeOrder(
          [
            [huipil, 1],
            [jarra, 1],
            [rebozo, 1],
          ],
          2
        )
        // The shipping plus a tenth of the goods (190.00 with their tax, if any): the shipping reverses nothing, each line loses a tenth.
        const tenth = Math.round((order.shipping + order.goods / 10) * 100) / 100
        await refundFromAdmin(order.paymentId, tenth)
        let entries = await entriesOf(order.id)
        expect(standing(entries, order.lineOf(huipil))).toBe(HUIPIL_CENTAVOS - 6125)
        // 1,802.5 centavos, rounded half up.
        expect(standing(entries, order.lineOf(jarra))).toBe(JARRA_CENTAVOS - 1803)

        await refundFromAdmin(order.paymentId, Math.round((order.total - tenth) * 100) / 100)
        entries = await entriesOf(order.id)
        expect(standing(entries, order.lineOf(huipil))).toBe(0)
        expect(standing(entries, order.lineOf(jarra))).toBe(0)
        expect(entries.filter((entry) => entry.type === "reversal").every((entry) => entry.amount < 0)).toBe(true)
        expect(await balanceOf(coopA)).toBe(0)
        expect(await balanceOf(coopB)).toBe(0)
      })

      it("reverses each centavo once when a refund and the cancellation are handled at the same moment", async () => {
        const order = await placeOrder(
          [
            [huipil, 1],
            [jarra, 1],
          ],
          2
        )
        // The jarra refunded straight at the payment module (no event yet), then both events delivered together to several workers.
        await getContainer()
          .resolve(Modules.PAYMENT)
          .refundPayment({ payment_id: order.paymentId, amount: 40, metadata: { line_item_ids: [order.lineOf(jarra)] } })
        await Promise.all([
          reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: order.paymentId })),
          reverseCancelledOrder(event(OrderWorkflowEvents.CANCELED, { id: order.id })),
          reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: order.paymentId })),
          reverseCancelledOrder(event(OrderWorkflowEvents.CANCELED, { id: order.id })),
        ])
        // The cancellation itself then lands (Medusa refunds the rest of the payment): nothing is left to reverse.
        const { status } = await api.post(`/admin/orders/${order.id}/cancel`, {}, fixture.admin)
        expect(status).toBe(200)
        await sleep(1000)
        const entries = await entriesOf(order.id)
        expect(standing(entries, order.lineOf(huipil))).toBe(0)
        expect(standing(entries, order.lineOf(jarra))).toBe(0)
        expect(entries.filter((entry) => entry.type === "reversal").every((entry) => entry.amount < 0)).toBe(true)
        expect(await balanceOf(coopA)).toBe(0)
        expect(await balanceOf(coopB)).toBe(0)
      })
    })

    describe("returns", () => {
      it("reverses the returned piece's share once, and its refund reverses nothing more", async () => {
        const order = await placeOrder(
          [
            [huipil, 2],
            [jarra, 1],
          ],
          2
        )
        const returnId = await receiveReturn(order.id, [{ id: order.lineOf(huipil), quantity: 1 }])
        const [reversal] = await waitFor(async () => {
          const found = await reversalsOf(order.id)
          return found.length ? found : null
        })
        expect(reversal).toMatchObject({
          cooperative_id: coopA,
          line_item_id: order.lineOf(huipil),
          return_id: returnId,
          amount: -HUIPIL_CENTAVOS,
          snapshot: expect.objectContaining({ cause: "return", units_back: 1, quantity: 2 }),
        })
        expect(await balanceOf(coopA)).toBe(HUIPIL_CENTAVOS)

        // Receiving the return refunds the huipil to the card (Telar's return-refunds subscriber); the return already reversed it.
        await waitFor(
          async () => {
            const { data } = await api.get(`/admin/payments/${order.paymentId}?fields=refunds.id`, fixture.admin)
            return data.payment.refunds?.length ? data.payment.refunds : null
          },
          30_000,
          "the returned piece's refund"
        )
        for (let replay = 0; replay < 3; replay++) {
          await reverseRefundedPayment(event(PaymentEvents.REFUNDED, { id: order.paymentId }))
          await reverseReceivedReturn(event(OrderWorkflowEvents.RETURN_RECEIVED, { order_id: order.id, return_id: returnId }))
        }
        expect(await reversalsOf(order.id)).toHaveLength(1)
        expect(await balanceOf(coopA)).toBe(HUIPIL_CENTAVOS)
        expect(await balanceOf(coopB)).toBe(JARRA_CENTAVOS)
      })
    })
  },
})
