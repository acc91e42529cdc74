import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import returnRefunds from "../../../src/subscribers/return-refunds"
import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"
import { words } from "../../helpers/values"

jest.setTimeout(240 * 1000)

// Both before the runner: its beforeAll boots the app with SMTP_URL and the emulator's address.
const mail = mailboxForSuite()
const stripeHandle = stripeEmulatorForSuite()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let weavers: string
    let huipil: string
    let weaversLocation: string

    const refundMails = (to: string) =>
      mail.mailbox.messages().filter((message) => message.to.includes(to) && /tarjeta|card/.test(message.subject))
    const refundsAtStripe = (intentId: string) =>
      Object.values(stripeHandle.emulator.state.refunds).filter((refund: any) => refund.payment_intent === intentId) as any[]
    const replay = (orderId: string, returnId: string) =>
      returnRefunds({
        event: { name: OrderWorkflowEvents.RETURN_RECEIVED, data: { order_id: orderId, return_id: returnId } },
        container: getContainer(),
      } as any)

    /** Two huipiles bought in Spanish, shipped and charged, and one return for both opened by staff; answers its number. */
    async function shippedOrderWithReturn(email: string) {
      const cartId = await shop.cartWith([[huipil, 2]], email)
      await api.post(`/store/carts/${cartId}`, { locale: "es" }, fixture.store)
      const { intentId } = await shop.payWith(cartId)
      const order = (await shop.complete(cartId)).order as { id: string; display_id: number; items: { id: string }[] }
      await api.post(`/admin/orders/${order.id}/cooperative-parcels/${weavers}/ship`, {}, fixture.admin)
      const { data } = await api.post("/admin/returns", { order_id: order.id, location_id: weaversLocation }, fixture.admin)
      const returnId = data.return.id as string
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: order.items[0].id, quantity: 2 }] }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, fixture.admin)
      const { data: opened } = await api.get(`/admin/returns/${returnId}?fields=display_id`, fixture.admin)
      await mail.mailbox.waitForMail({ to: email, subject: /devolver/, timeoutMs: 20_000 })
      return { ...order, intentId, line: order.items[0].id, returnId, returnNumber: opened.return.display_id as number }
    }

    async function receive(returnId: string, line: string) {
      await api.post(`/admin/returns/${returnId}/receive`, {}, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: line, quantity: 1 }] }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, fixture.admin)
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      weavers = (
        await api.post("/admin/cooperatives", cooperativeBody({ handle: "tejedoras", name: "Tejedoras de Zinacantán" }), fixture.admin)
      ).data.cooperative.id
      const piece = await shop.createPiece(weavers, "huipil", 20, 90)
      huipil = piece.variantId
      weaversLocation = piece.locationId
    })

    it("tells the shopper in Spanish what went back to the card, once per parcel received, however often the event comes", async () => {
      const order = await shippedOrderWithReturn("ana@example.org")

      await receive(order.returnId, order.line)
      const first = await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /tarjeta/, timeoutMs: 30_000 })
      expect(refundsAtStripe(order.intentId).map((refund) => refund.amount)).toEqual([9000])
      expect(words(first.subject)).toBe(`Te devolvimos USD 90.00 a tu tarjeta (pedido #${order.display_id})`)
      const text = words(first.text)
      expect(text).toContain(`Tejedoras de Zinacantán recibió las piezas que devolviste (devolución ${order.returnNumber}): 1 × huipil`)
      expect(text).toContain("Te devolvimos USD 90.00 a la tarjeta con la que pagaste.")
      expect(text).toContain("Aún no llega 1 pieza más de esta devolución")
      expect(first.html).toContain('<html lang="es">')

      for (let again = 0; again < 3; again++) await replay(order.id, order.returnId)
      await sleep(1000)
      expect(refundMails("ana@example.org")).toHaveLength(1)

      // The second huipil arrives in a parcel of its own: its own refund, its own mail, nothing more to come.
      await receive(order.returnId, order.line)
      await waitFor(async () => refundMails("ana@example.org").length === 2, 30_000, "the second refund's mail")
      const second = refundMails("ana@example.org")[1]
      expect(words(second.text)).toContain("Te devolvimos USD 90.00 a la tarjeta con la que pagaste.")
      expect(second.text).not.toContain("Aún no")
      for (let again = 0; again < 3; again++) await replay(order.id, order.returnId)
      await sleep(1000)
      expect(refundMails("ana@example.org")).toHaveLength(2)
      expect(refundsAtStripe(order.intentId)).toHaveLength(2)
    })

    it("sends no refund mail when staff had already refunded the pieces by hand", async () => {
      const order = await shippedOrderWithReturn("beto@example.org")
      const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, fixture.admin)
      await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/refund`, { amount: 180 }, fixture.admin)
      await receive(order.returnId, order.line)
      await waitFor(
        async () => {
          const { data: view } = await api.get(`/admin/returns/${order.returnId}?fields=metadata`, fixture.admin)
          return view.return.metadata?.telar_settlements?.length ? view : null
        },
        30_000,
        "the return settled"
      )
      await sleep(1000)
      expect(refundMails("beto@example.org")).toEqual([])
    })
  },
})
