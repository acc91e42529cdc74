import { beginReturnOrderWorkflow, confirmReturnRequestWorkflow, requestItemReturnWorkflow } from "@medusajs/medusa/core-flows"
import { checkoutDriver } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { statusOf } from "../../helpers/http"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(240 * 1000)

const stripeHandle = stripeEmulatorForSuite()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let weavers: string
    let potters: string
    let huipil: string
    let jarra: string
    let weaversLocation: string

    const intentOf = (id: string) => stripeHandle.emulator.state.paymentIntents[id]
    const ship = (orderId: string, cooperativeId: string) =>
      statusOf(api.post(`/admin/orders/${orderId}/cooperative-parcels/${cooperativeId}/ship`, {}, fixture.admin))

    /** A huipil from the weavers and three jarras from the potters; only the weavers' parcel has shipped (and been charged). */
    async function partlyShippedOrder() {
      const cartId = await shop.cartWith([
        [huipil, 1],
        [jarra, 3],
      ])
      const { intentId } = await shop.payWith(cartId)
      const placed = (await shop.complete(cartId)).order as { id: string; display_id: number; items: { id: string; variant_id: string }[] }
      expect((await ship(placed.id, weavers)).status).toBe(200)
      const held = intentOf(intentId)
      expect(held).toMatchObject({ status: "requires_capture" })
      expect(held.amount_capturable).toBeGreaterThan(0)
      const huipilLine = placed.items.find((item) => item.variant_id === huipil)!.id
      return { id: placed.id, displayId: placed.display_id, intentId, huipilLine, capturable: held.amount_capturable as number }
    }

    /** Every return, claim, exchange and order change (its parcels' shipments too) the order has. */
    async function changesOf(orderId: string) {
      const [returns, claims, exchanges, changes] = await Promise.all([
        api.get(`/admin/returns?order_id=${orderId}`, fixture.admin),
        api.get(`/admin/claims?order_id=${orderId}`, fixture.admin),
        api.get(`/admin/exchanges?order_id=${orderId}`, fixture.admin),
        api.get(`/admin/orders/${orderId}/changes`, fixture.admin),
      ])
      return [...returns.data.returns, ...claims.data.claims, ...exchanges.data.exchanges, ...changes.data.order_changes]
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      weavers = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "tejedoras", name: "Tejedoras" }), fixture.admin)).data
        .cooperative.id
      potters = (
        await api.post("/admin/cooperatives", cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango" }), fixture.admin)
      ).data.cooperative.id
      const piece = await shop.createPiece(weavers, "huipil", 20, 90)
      huipil = piece.variantId
      weaversLocation = piece.locationId
      jarra = (await shop.createPiece(potters, "jarra", 30, 40)).variantId
    })

    it("shows why: Medusa's own return cancels the card hold of the parcels still to ship, which then ship unpaid", async () => {
      const order = await partlyShippedOrder()
      // Medusa's workflows as its admin routes run them, without Telar's guard in front.
      const container = getContainer()
      const { result } = await beginReturnOrderWorkflow(container).run({ input: { order_id: order.id, location_id: weaversLocation } })
      const returnId = result.return_id as string
      await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items: [{ id: order.huipilLine, quantity: 1 }] } })
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })

      // The order still owes the jarras' share after the huipil's value, so Medusa cancels the partly captured payment.
      expect(intentOf(order.intentId)).toMatchObject({ status: "canceled", amount_capturable: 0 })
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=payment_collections.status,payment_collections.payments.canceled_at`,
        fixture.admin
      )
      expect(data.order.payment_collections.map((collection: { status: string }) => collection.status).sort()).toEqual([
        "not_paid",
        "partially_captured",
      ])
      const unpaid = await ship(order.id, potters)
      expect(unpaid.status).toBe(200)
      expect(unpaid.data.shipment).toMatchObject({ outcome: "shipped", charged: 0 })
    })

    it("refuses staff's return, claim, exchange and order edit while a parcel is unshipped, writing nothing, and allows them once all have shipped", async () => {
      const order = await partlyShippedOrder()
      const before = await changesOf(order.id)
      const attempts: [string, Record<string, unknown>, string, string][] = [
        ["/admin/returns", { order_id: order.id, location_id: weaversLocation }, "a return", "return"],
        ["/admin/claims", { order_id: order.id, type: "refund" }, "a claim", "claim"],
        ["/admin/exchanges", { order_id: order.id }, "an exchange", "exchange"],
      ]
      for (const [route, body, aChange, change] of attempts) {
        const { status, data } = await statusOf(api.post(route, body, fixture.admin))
        expect({ route, status }).toEqual({ route, status: 400 })
        expect(data.message).toBe(
          `Ship every parcel of order #${order.displayId} before creating ${aChange} (not shipped yet: Alfareras de Amatenango). Until then the card still holds their payment, and Medusa would cancel that hold when the ${change} is confirmed, so they would ship unpaid.`
        )
      }
      // An order edit too: confirming one runs the same payment step.
      const edit = await statusOf(api.post("/admin/order-edits", { order_id: order.id }, fixture.admin))
      expect(edit.status).toBe(400)
      expect(edit.data.message).toMatch(
        /^Ship every parcel of order #\d+ before creating an order edit .* To drop pieces that will never ship, cancel the order/
      )
      expect((await statusOf(api.post(`/admin/order-edits/${order.id}/confirm`, {}, fixture.admin))).status).toBe(400)
      expect(await changesOf(order.id)).toEqual(before)
      expect(intentOf(order.intentId)).toMatchObject({ status: "requires_capture", amount_capturable: order.capturable })

      // A draft begun without the admin route is stopped where Medusa would touch the payment.
      const { result } = await beginReturnOrderWorkflow(getContainer()).run({ input: { order_id: order.id, location_id: weaversLocation } })
      await api.post(`/admin/returns/${result.return_id}/request-items`, { items: [{ id: order.huipilLine, quantity: 1 }] }, fixture.admin)
      const confirm = await statusOf(api.post(`/admin/returns/${result.return_id}/request`, {}, fixture.admin))
      expect(confirm.status).toBe(400)
      expect(confirm.data.message).toMatch(/^Ship every parcel of order #\d+ before creating a return/)
      expect(intentOf(order.intentId)).toMatchObject({ status: "requires_capture", amount_capturable: order.capturable })
      await api.delete(`/admin/returns/${result.return_id}/request`, fixture.admin)

      // The potters' parcel ships: the card is charged in full, and staff may open each of them.
      const last = await ship(order.id, potters)
      expect(last.data.shipment).toMatchObject({ outcome: "shipped", charged: order.capturable })
      expect(intentOf(order.intentId)).toMatchObject({ status: "succeeded", amount_capturable: 0 })
      const { data: opened } = await api.post("/admin/returns", { order_id: order.id, location_id: weaversLocation }, fixture.admin)
      await api.post(`/admin/returns/${opened.return.id}/request-items`, { items: [{ id: order.huipilLine, quantity: 1 }] }, fixture.admin)
      expect((await statusOf(api.post(`/admin/returns/${opened.return.id}/request`, {}, fixture.admin))).status).toBe(200)
      const claim = await statusOf(api.post("/admin/claims", { order_id: order.id, type: "refund" }, fixture.admin))
      expect(claim.status).toBe(200)
      // One change at a time on an order: the claim draft is dropped before the exchange is begun.
      await api.delete(`/admin/claims/${claim.data.claim.id}/request`, fixture.admin)
      expect((await statusOf(api.post("/admin/exchanges", { order_id: order.id }, fixture.admin))).status).toBe(200)
      expect(intentOf(order.intentId)).toMatchObject({ status: "succeeded", amount_received: intentOf(order.intentId).amount })
    })

    it("lets staff open a return before the parcels ship once they have captured the whole payment", async () => {
      const cartId = await shop.cartWith([[huipil, 1]])
      await shop.payWith(cartId)
      const placed = (await shop.complete(cartId)).order as { id: string }
      const { data } = await api.get(`/admin/orders/${placed.id}?fields=payment_collections.payments.id`, fixture.admin)
      await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, fixture.admin)
      expect(
        (await statusOf(api.post("/admin/returns", { order_id: placed.id, location_id: weaversLocation }, fixture.admin))).status
      ).toBe(200)
    })
  },
})
