import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import returnMails from "../../../src/subscribers/return-mails"
import returnRefunds from "../../../src/subscribers/return-refunds"
import { checkoutDriver, sleep, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, registerShopper, type StoreFixture } from "../../helpers/fixtures"
import { ledgerReader } from "../../helpers/ledger"
import { statusOf } from "../../helpers/http"
import { mailboxForSuite } from "../../helpers/mailbox"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"
import { cents } from "../../helpers/values"

jest.setTimeout(300 * 1000)

// Both before the runner: its beforeAll boots the app with SMTP_URL and the emulator's address.
const mail = mailboxForSuite()
const stripeHandle = stripeEmulatorForSuite()

const PASSWORD = "hilo-de-algodon-2026"
const DAY_MS = 24 * 60 * 60 * 1000
// Producer prices as staff write them; the centavos are worked out by hand.
const REBOZO_CENTAVOS = 95000 // 950.00 MXN for the one-of-a-kind rebozo (120.00 USD to the shopper)

type Auth = { headers: Record<string, string> }
type OrderLine = { id: string; variant_id: string; quantity: number }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let shop: ReturnType<typeof checkoutDriver>
    let weavers: string
    let potters: string
    let weaversLocation: string
    let pottersLocation: string
    let rebozo: { productId: string; variantId: string; inventoryItemId: string; locationId: string }
    let huipil: string
    let jarra: string
    let ana: Auth
    let beto: Auth
    let order: { id: string; intentId: string; lineOf: (variant: string) => string }

    const { balanceOf } = ledgerReader(getContainer)
    const event = (name: string, data: Record<string, string>) => ({ event: { name, data }, container: getContainer() }) as any
    const refundsOf = (intentId: string) =>
      Object.values(stripeHandle.emulator.state.refunds).filter((refund: any) => refund.payment_intent === intentId) as any[]
    const askReturn = (orderId: string, items: unknown[], who: Auth = ana) =>
      statusOf(api.post(`/store/orders/${orderId}/returns`, { items }, who))
    const returnsOf = async (orderId: string) =>
      (await api.get(`/admin/returns?order_id=${orderId}&fields=id,status,location_id,items.*`, fixture.admin)).data.returns as any[]

    const customer = (email: string, firstName: string): Promise<Auth> =>
      registerShopper(api, fixture.store, { email, password: PASSWORD, first_name: firstName, last_name: "López" })

    /** An order of Ana's (her cart, in Spanish), paid by card: authorized, not captured. */
    async function placeOrder(lines: [string, number][]) {
      const cartId = await shop.cartWith(lines, "ana@example.org")
      await api.post(`/store/carts/${cartId}/customer`, {}, ana)
      await api.post(`/store/carts/${cartId}`, { locale: "es" }, fixture.store)
      const { intentId, confirmed } = await shop.payWith(cartId)
      expect(confirmed.status).toBe("requires_capture")
      const completed = await shop.complete(cartId)
      expect(completed.type).toBe("order")
      const placed = completed.order as { id: string; customer_id: string; items: OrderLine[] }
      // The order's own mails are not what these tests count.
      await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /pedido|order/i, timeoutMs: 20_000 })
      return { id: placed.id, intentId, lineOf: (variant: string) => placed.items.find((item) => item.variant_id === variant)!.id }
    }

    const ship = (orderId: string, cooperativeId: string) =>
      api.post(
        `/admin/orders/${orderId}/cooperative-parcels/${cooperativeId}/ship`,
        { carrier: "Estafeta", tracking_number: "EST-1" },
        fixture.admin
      )

    /** Staff receive a return's pieces in Medusa's admin, as its order page does. */
    async function receive(returnId: string, items: { id: string; quantity: number }[]) {
      await api.post(`/admin/returns/${returnId}/receive`, {}, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items }, fixture.admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, fixture.admin)
    }

    async function stockAt(inventoryItemId: string, locationId: string) {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
      return Number(level.stocked_quantity)
    }

    async function shopSees(productId: string) {
      const { data } = await api.get(
        `/store/products/${productId}?region_id=${fixture.usdRegionId}&fields=id,*variants,+variants.inventory_quantity`,
        fixture.store
      )
      return Number(data.product.variants[0].inventory_quantity)
    }

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      const admin = fixture.admin
      weavers = (await api.post("/admin/cooperatives", cooperativeBody({ handle: "tejedoras", name: "Tejedoras de Zinacantán" }), admin))
        .data.cooperative.id
      potters = (
        await api.post(
          "/admin/cooperatives",
          cooperativeBody({
            handle: "alfareras",
            name: "Alfareras de Amatenango",
            community: "Amatenango del Valle",
            municipality: "Amatenango",
          }),
          admin
        )
      ).data.cooperative.id
      rebozo = await shop.createPiece(weavers, "rebozo-unico", 1, 120)
      weaversLocation = rebozo.locationId
      huipil = (await shop.createPiece(weavers, "huipil", 10, 90)).variantId
      const jarraPiece = await shop.createPiece(potters, "jarra", 10, 40)
      jarra = jarraPiece.variantId
      pottersLocation = jarraPiece.locationId
      await api.post(`/admin/products/${rebozo.productId}`, { metadata: { one_of_a_kind: true } }, admin)
      await api.post(
        `/admin/cooperatives/${weavers}/producer-prices`,
        { prices: [{ variant_id: rebozo.variantId, amount: "950.00" }] },
        admin
      )
      await api.post("/admin/exchange-rates", { rate: "17.85" }, admin)
      ana = await customer("ana@example.org", "Ana")
      beto = await customer("beto@example.org", "Beto")

      // Every test starts from this order, both parcels shipped and charged (the database returns here before each).
      order = await placeOrder([
        [rebozo.variantId, 1],
        [huipil, 2],
        [jarra, 1],
      ])
      await ship(order.id, weavers)
      await ship(order.id, potters)
      expect(stripeHandle.emulator.state.paymentIntents[order.intentId].status).toBe("succeeded")
      await waitFor(async () => (await balanceOf(weavers)) === REBOZO_CENTAVOS, 30_000, "the order's earnings")
    })

    beforeEach(() => mail.mailbox.clear())

    describe("asking for a return", () => {
      it("opens one return per cooperative at its own location, and mails the instructions once, in the order's language", async () => {
        const { status, data } = await askReturn(order.id, [
          { line_item_id: order.lineOf(rebozo.variantId), quantity: 1, reason: "not_as_described", note: "El color es otro" },
          { line_item_id: order.lineOf(jarra), quantity: 1, reason: "arrived_damaged" },
        ])
        expect(status).toBe(201)
        expect(data.created).toHaveLength(2)
        const returns = await returnsOf(order.id)
        expect(returns.map((ret) => ret.status)).toEqual(["requested", "requested"])
        const toWeavers = returns.find((ret) => ret.location_id === weaversLocation)
        const toPotters = returns.find((ret) => ret.location_id === pottersLocation)
        expect(toWeavers.items.map((item: any) => [item.item_id, Number(item.quantity)])).toEqual([[order.lineOf(rebozo.variantId), 1]])
        expect(toPotters.items.map((item: any) => [item.item_id, Number(item.quantity)])).toEqual([[order.lineOf(jarra), 1]])

        // What the account page shows: each return with where to send it and what it gives back.
        const view = data.returns.find((ret: any) => ret.id === toWeavers.id)
        expect(view).toMatchObject({
          status: "requested",
          cooperative: { id: weavers, name: "Tejedoras de Zinacantán" },
          address: { name: "Tejedoras de Zinacantán", address_1: "Zinacantán", province: "Chiapas", country_code: "mx" },
          items: [{ line_item_id: order.lineOf(rebozo.variantId), quantity: 1, received_quantity: 0, reason: "not_as_described" }],
          refund: { currency_code: "usd", refunded: 0, settled_otherwise: 0 },
        })
        const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=total,items.id,items.total`, fixture.admin)
        const rebozoTotal = admin.order.items.find((item: any) => item.id === order.lineOf(rebozo.variantId)).total
        expect(view.refund.expected).toBe(cents(rebozoTotal))
        expect(data.pieces.find((piece: any) => piece.line_item_id === order.lineOf(rebozo.variantId)).returnable).toBe(0)
        expect(data.pieces.find((piece: any) => piece.line_item_id === order.lineOf(huipil)).returnable).toBe(2)

        const weaversMail = await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /Tejedoras de Zinacantán/ })
        expect(weaversMail.subject).toMatch(/^Cómo devolver tus piezas a Tejedoras de Zinacantán \(pedido #\d+\)$/)
        expect(weaversMail.text).toContain("rebozo-unico")
        expect(weaversMail.text).toContain("Zinacantán")
        expect(weaversMail.text).toMatch(/Devolución \d+/)
        expect(weaversMail.text).not.toContain("jarra")
        const pottersMail = await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /Alfareras de Amatenango/ })
        expect(pottersMail.text).toContain("Amatenango del Valle")

        // A replayed event mails nothing more.
        for (const ret of returns) {
          await returnMails(event(OrderWorkflowEvents.RETURN_REQUESTED, { order_id: order.id, return_id: ret.id }))
        }
        await sleep(500)
        expect(mail.mailbox.messages().filter((message) => /devolver/.test(message.subject))).toHaveLength(2)
      })

      it("answers another customer's request, and a guest's, as if the order did not exist, and refuses Medusa's open route", async () => {
        const items = [{ line_item_id: order.lineOf(huipil), quantity: 1, reason: "wrong_size" }]
        const stranger = await askReturn(order.id, items, beto)
        expect(stranger.status).toBe(404)
        expect((await statusOf(api.get(`/store/orders/${order.id}/returns`, beto))).status).toBe(404)
        expect((await askReturn(order.id, items, fixture.store)).status).toBe(401)
        expect((await askReturn("order_missing", items)).status).toBe(404)

        // Medusa's own POST /store/returns opens a return for anyone who knows the order's id: not in Telar.
        const open = await statusOf(
          api.post(
            "/store/returns",
            { order_id: order.id, items: [{ id: order.lineOf(huipil), quantity: 1 }], return_shipping: { option_id: "so_x" } },
            fixture.store
          )
        )
        expect(open.status).toBe(400)
        expect(open.data.message).toMatch(/POST \/store\/orders\/:id\/returns/)
        expect(await returnsOf(order.id)).toEqual([])
        await sleep(300)
        expect(mail.mailbox.messages()).toEqual([])
      })

      it("refuses a piece whose return window has closed, saying when it closed", async () => {
        const { data } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.id`, fixture.admin)
        const fulfillments = getContainer().resolve(Modules.FULFILLMENT)
        for (const fulfillment of data.order.fulfillments) {
          await fulfillments.updateFulfillment(fulfillment.id, { shipped_at: new Date(Date.now() - 31 * DAY_MS) })
        }
        const { status, data: error } = await askReturn(order.id, [
          { line_item_id: order.lineOf(huipil), quantity: 1, reason: "changed_mind" },
        ])
        expect(status).toBe(400)
        expect(error.message).toMatch(/^The 30-day return window for "huipil" closed on \d{4}-\d{2}-\d{2}/)
        const { data: view } = await api.get(`/store/orders/${order.id}/returns`, ana)
        expect(view.window_days).toBe(30)
        expect(view.pieces.every((piece: any) => piece.returnable === 0 && Date.parse(piece.window_closes_at) < Date.now())).toBe(true)
        expect(await returnsOf(order.id)).toEqual([])
      })

      it("refuses more units than were shipped, a piece already on its way back, unknown pieces and bad input, writing nothing", async () => {
        const huipilLine = order.lineOf(huipil)
        const refusals: [unknown[], RegExp][] = [
          [[{ line_item_id: huipilLine, quantity: 3, reason: "wrong_size" }], /at most 2 of "huipil": 2 shipped, 0 already in a return/],
          [[{ line_item_id: "ordli_missing", quantity: 1, reason: "wrong_size" }], /no piece "ordli_missing"/],
          [
            [
              { line_item_id: huipilLine, quantity: 1, reason: "wrong_size" },
              { line_item_id: huipilLine, quantity: 1, reason: "other" },
            ],
            /listed twice/,
          ],
          [[{ line_item_id: huipilLine, quantity: 1, reason: "ugly" }], /reason is one of/],
          [[{ line_item_id: huipilLine, quantity: 0, reason: "wrong_size" }], /whole number of units, from 1/],
          [[{ line_item_id: huipilLine, quantity: 1.5, reason: "wrong_size" }], /whole number/],
          [[], /too small/],
        ]
        for (const [items, message] of refusals) {
          const { status, data } = await askReturn(order.id, items)
          expect({ items, status }).toEqual({ items, status: 400 })
          expect(data.message).toMatch(message)
        }
        expect(await returnsOf(order.id)).toEqual([])

        expect((await askReturn(order.id, [{ line_item_id: huipilLine, quantity: 2, reason: "wrong_size" }])).status).toBe(201)
        const again = await askReturn(order.id, [{ line_item_id: huipilLine, quantity: 1, reason: "wrong_size" }])
        expect(again.status).toBe(400)
        expect(again.data.message).toBe('"huipil" is already in a return.')
        expect(await returnsOf(order.id)).toHaveLength(1)
        await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /devolver/ })
      })
    })

    // The emulator keeps its refunds across the database resets: the shared order's card has room for these tests' refunds together.
    describe("receiving a return", () => {
      it("puts the piece back on sale at its cooperative, refunds exactly what it cost to the card, and reverses its earning once", async () => {
        const rebozoLine = order.lineOf(rebozo.variantId)
        expect(await stockAt(rebozo.inventoryItemId, weaversLocation)).toBe(0)
        expect(await shopSees(rebozo.productId)).toBe(0)
        const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=total,items.id,items.total`, fixture.admin)
        const rebozoCents = cents(admin.order.items.find((item: any) => item.id === rebozoLine).total)
        const refundsBefore = refundsOf(order.intentId).length

        const { data } = await askReturn(order.id, [{ line_item_id: rebozoLine, quantity: 1, reason: "changed_mind" }])
        const [returnId] = data.created
        await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /devolver/ })
        await receive(returnId, [{ id: rebozoLine, quantity: 1 }])

        // The refund reaches Stripe: one refund of the rebozo's price, tax included, to the cent.
        const [refund] = await waitFor(
          async () => {
            const found = refundsOf(order.intentId).slice(refundsBefore)
            return found.length ? found : null
          },
          30_000,
          "the refund at Stripe"
        )
        expect(refund).toMatchObject({ amount: rebozoCents, currency: "usd", status: "succeeded" })

        // Back in stock at the cooperative's own location, and on sale again in the shop.
        expect(await stockAt(rebozo.inventoryItemId, weaversLocation)).toBe(1)
        expect(await shopSees(rebozo.productId)).toBe(1)

        // The cooperative's balance drops by exactly the rebozo's producer price, once (return and refund together).
        await waitFor(async () => (await balanceOf(weavers)) === 0, 30_000, "the return's reversal")
        const { data: view } = await api.get(`/store/orders/${order.id}/returns`, ana)
        expect(view.returns[0]).toMatchObject({
          id: returnId,
          status: "received",
          refund: { expected: rebozoCents, refunded: rebozoCents },
        })

        // A replayed event refunds nothing more, at Stripe or in Medusa.
        for (let replay = 0; replay < 3; replay++) {
          await returnRefunds(event(OrderWorkflowEvents.RETURN_RECEIVED, { order_id: order.id, return_id: returnId }))
        }
        await sleep(1000)
        expect(refundsOf(order.intentId).slice(refundsBefore)).toHaveLength(1)
        const { data: payments } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.refunds.id`, fixture.admin)
        expect(payments.order.payment_collections[0].payments[0].refunds).toHaveLength(1)
        expect(await balanceOf(weavers)).toBe(0)
        expect(await balanceOf(potters)).toBe(0)
      })

      it("refunds each unit once when a return's pieces arrive in two parcels, the last unit squaring the line to the cent", async () => {
        const huipilLine = order.lineOf(huipil)
        const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=total,items.id,items.total`, fixture.admin)
        const huipilCents = cents(admin.order.items.find((item: any) => item.id === huipilLine).total)
        const refundsBefore = refundsOf(order.intentId).length
        const { data } = await askReturn(order.id, [{ line_item_id: huipilLine, quantity: 2, reason: "wrong_size" }])
        const [returnId] = data.created
        await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /devolver/ })

        await receive(returnId, [{ id: huipilLine, quantity: 1 }])
        await waitFor(async () => refundsOf(order.intentId).length === refundsBefore + 1, 30_000, "the first refund")
        await receive(returnId, [{ id: huipilLine, quantity: 1 }])
        const refunds = await waitFor(
          async () => {
            const found = refundsOf(order.intentId).slice(refundsBefore)
            return found.length === 2 ? found : null
          },
          30_000,
          "the second refund"
        )
        expect(refunds[0].amount).toBe(Math.floor(huipilCents / 2))
        expect(refunds[0].amount + refunds[1].amount).toBe(huipilCents)
        const { data: view } = await api.get(`/store/orders/${order.id}/returns`, ana)
        // Medusa keeps such a return "partially received"; the shopper reads what arrived.
        expect(view.returns[0]).toMatchObject({
          status: "received",
          items: [{ quantity: 2, received_quantity: 2 }],
          refund: { expected: huipilCents, refunded: huipilCents },
        })
        // The ledger's own subscriber to the refund is still reading; the database resets after this test.
        await sleep(1500)
      })
      it("gives nothing twice when staff refunded the piece by hand before its parcel arrived", async () => {
        // An order of its own: the emulator's refunds outlive the database resets between tests.
        const own = await placeOrder([[huipil, 1]])
        await ship(own.id, weavers)
        const huipilLine = own.lineOf(huipil)
        const { data: admin } = await api.get(
          `/admin/orders/${own.id}?fields=total,items.id,items.total,payment_collections.payments.id`,
          fixture.admin
        )
        const huipilTotal = admin.order.items[0].total
        const paymentId = admin.order.payment_collections[0].payments[0].id
        const { data } = await askReturn(own.id, [{ line_item_id: huipilLine, quantity: 1, reason: "changed_mind" }])
        await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /devolver/ })
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: huipilTotal }, fixture.admin)
        await receive(data.created[0], [{ id: huipilLine, quantity: 1 }])

        const view = await waitFor(
          async () => {
            const { data: now } = await api.get(`/store/orders/${own.id}/returns`, ana)
            return now.returns[0].refund.settled_otherwise ? now : null
          },
          30_000,
          "the return settled"
        )
        expect(view.returns[0].refund).toMatchObject({ expected: cents(huipilTotal), refunded: 0, settled_otherwise: cents(huipilTotal) })
        expect(refundsOf(own.intentId).map((refund) => refund.amount)).toEqual([cents(huipilTotal)])
      })
    })

    describe("before every parcel has shipped", () => {
      it("opens no return, so no card hold is cancelled under the parcels still to ship", async () => {
        const partly = await placeOrder([
          [huipil, 1],
          [jarra, 1],
        ])
        // The weavers' parcel ships and is charged; the potters' share stays held on the card.
        await ship(partly.id, weavers)
        const held = { ...stripeHandle.emulator.state.paymentIntents[partly.intentId] }
        expect(held).toMatchObject({ status: "requires_capture" })
        expect(held.amount_capturable).toBeGreaterThan(0)

        const { status, data } = await askReturn(partly.id, [{ line_item_id: partly.lineOf(huipil), quantity: 1, reason: "wrong_size" }])
        expect(status).toBe(400)
        expect(data.message).toMatch(/can be returned once all its parcels have shipped; not yet shipped: Alfareras de Amatenango\.$/)
        const { data: view } = await api.get(`/store/orders/${partly.id}/returns`, ana)
        expect(view.waiting).toEqual({ unshipped: ["Alfareras de Amatenango"], payment_unsettled: false })
        expect(view.pieces.every((piece: any) => piece.returnable === 0 && piece.window_closes_at === null)).toBe(true)
        expect(await returnsOf(partly.id)).toEqual([])
        expect(stripeHandle.emulator.state.paymentIntents[partly.intentId]).toMatchObject({
          status: "requires_capture",
          amount_capturable: held.amount_capturable,
        })

        // Once the potters' parcel ships, the last of the card is taken and the huipil may go back.
        await ship(partly.id, potters)
        expect((await askReturn(partly.id, [{ line_item_id: partly.lineOf(huipil), quantity: 1, reason: "wrong_size" }])).status).toBe(201)
        await mail.mailbox.waitForMail({ to: "ana@example.org", subject: /devolver/ })
      })
    })
  },
})
