import { signatureHeader } from "@telar/stripe-emulator"
import { EMULATOR_WEBHOOK_SECRET } from "../../../src/modules/stripe-payment/config"
import { checkoutDriver, sleep } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(180 * 1000)

const stripeHandle = stripeEmulatorForSuite()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let shop: ReturnType<typeof checkoutDriver>
    /** Variant id of each piece, by product handle. */
    const variants: Record<string, string> = {}
    let onlyOne: { productId: string; inventoryItemId: string; locationId: string }

    async function createPiece(cooperativeId: string, handle: string, stock: number, usd: number) {
      const piece = await shop.createPiece(cooperativeId, handle, stock, usd)
      variants[handle] = piece.variantId
      return piece
    }

    beforeAll(async () => {
      const fixture = await createStoreFixture(getContainer(), api)
      admin = fixture.admin
      store = fixture.store
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)

      const { data: weavers } = await api.post("/admin/cooperatives", cooperativeBody(), admin)
      const { data: potters } = await api.post(
        "/admin/cooperatives",
        cooperativeBody({ handle: "alfareras", name: "Alfareras de Amatenango", community: "Amatenango del Valle" }),
        admin
      )
      onlyOne = await createPiece(weavers.cooperative.id, "huipil-unico", 1, 240)
      await createPiece(potters.cooperative.id, "paloma-de-barro", 5, 30)
    })

    /** A cart of pieces by handle, for shopper@example.org (created one at a time in this file). */
    const cartWith = (lines: [string, number][]) =>
      shop.cartWith(
        lines.map(([handle, quantity]) => [variants[handle], quantity]),
        "shopper@example.org"
      )
    const payWith = (cartId: string, paymentMethod: string) => shop.payWith(cartId, paymentMethod)

    const orderCount = async () => (await api.get("/admin/orders", admin)).data.count as number

    it("charges a Mexican shopper the peso price shown, IVA included, not 16 % on top", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const mexico = regions.regions.find((region: any) => region.currency_code === "mxn")
      const { data: product } = await api.get(
        `/store/products?handle=paloma-de-barro&region_id=${mexico.id}&fields=*variants.calculated_price`,
        store
      )
      const shown = Number(product.products[0].variants[0].calculated_price.calculated_amount)
      expect(shown).toBe(30 * 18)
      const { data: created } = await api.post("/store/carts", { region_id: mexico.id }, store)
      await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variants["paloma-de-barro"], quantity: 2 }, store)
      const { data } = await api.get(
        `/store/carts/${created.cart.id}?fields=+items.total,+items.tax_total,+item_total,+item_tax_total`,
        store
      )
      expect(Number(data.cart.item_total)).toBe(2 * shown)
      // The IVA inside the price: 1080 / 1.16 leaves 931.03 before tax, 148.97 of IVA.
      expect(Number(data.cart.item_tax_total)).toBeCloseTo(2 * shown - (2 * shown) / 1.16, 1)
    })

    it("plans one parcel per cooperative, each with standard and express", async () => {
      const cartId = await cartWith([
        ["huipil-unico", 1],
        ["paloma-de-barro", 2],
      ])
      const { data: plan } = await api.get(`/store/carts/${cartId}/shipping-plan`, store)
      expect(plan.speeds).toEqual(["standard", "express"])
      expect(plan.groups.map((group: any) => group.cooperative.handle).sort()).toEqual(["alfareras", "tejedoras-de-prueba"])
      const { data } = await api.post(`/store/carts/${cartId}/shipping-plan`, { speed: "express" }, store)
      expect(data.cart.shipping_methods).toHaveLength(2)
      expect(Number(data.cart.shipping_total)).toBe(64)

      const bad = await api.post(`/store/carts/${cartId}/shipping-plan`, { speed: "overnight" }, store).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
    })

    it("turns a cart paid with a good card into an authorized order and reserves the piece", async () => {
      const cartId = await cartWith([["huipil-unico", 1]])
      const { intentId, confirmed } = await payWith(cartId, "pm_card_visa")
      expect(confirmed.status).toBe("requires_capture")

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      expect(data.order.email).toBe("shopper@example.org")
      const { data: order } = await api.get(`/admin/orders/${data.order.id}?fields=payment_status,*payment_collections.payments`, admin)
      expect(order.order.payment_status).toBe("authorized")
      expect(order.order.payment_collections[0].payments[0].data.id).toBe(intentId)

      // The one-of-a-kind piece is no longer available to anyone else.
      const { data: product } = await api.get(`/store/products/${onlyOne.productId}?fields=+variants.inventory_quantity`, store)
      expect(product.product.variants[0].inventory_quantity).toBe(0)
      const other = await cartWith([["paloma-de-barro", 1]])
      const refused = await api
        .post(`/store/carts/${other}/line-items`, { variant_id: variants["huipil-unico"], quantity: 1 }, store)
        .catch((e: any) => e.response)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
    })

    it("sells a one-of-a-kind piece once when two shoppers pay for it at the same moment", async () => {
      const before = await orderCount()
      const first = await cartWith([["huipil-unico", 1]])
      const second = await cartWith([["huipil-unico", 1]])
      const payments = [await payWith(first, "pm_card_visa"), await payWith(second, "pm_card_visa")]
      const results = await Promise.all(
        [first, second].map((cartId) =>
          api.post(`/store/carts/${cartId}/complete`, {}, store).then(
            (response: any) => response.data,
            (error: any) => ({ type: "error", status: error.response?.status, ...error.response?.data })
          )
        )
      )
      expect(results.filter((result: any) => result.type === "order")).toHaveLength(1)
      const loser = results.find((result: any) => result.type !== "order") as any
      expect(loser.status).toBe(400)
      expect(loser.message).toMatch(/sold out|stock/i)
      expect(loser.payment_released).toBe(true)
      // Stripe's webhooks for both intents reach Medusa ~5 s later: they must change nothing.
      await stripeHandle.emulator.flushWebhooks()
      await sleep(7000)
      expect(await orderCount()).toBe(before + 1)
      const statuses = await Promise.all(payments.map(({ intentId }) => stripeHandle.stripe.paymentIntents.retrieve(intentId)))
      expect(statuses.map((intent: any) => intent.status).sort()).toEqual(["canceled", "requires_capture"])
    })

    it("leaves no order when the card is declined, and says why", async () => {
      const before = await orderCount()
      const cartId = await cartWith([["paloma-de-barro", 1]])
      const { confirmed } = await payWith(cartId, "pm_card_chargeDeclined")
      expect(confirmed.error.type).toBe("StripeCardError")
      expect(confirmed.error.message).toBe("Your card was declined.")

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e: any) => e.response)
      expect(data.type).not.toBe("order")
      expect(await orderCount()).toBe(before)
    })

    it("tells the shopper before paying when a piece in the cart sold out", async () => {
      const cartId = await cartWith([["huipil-unico", 1]])
      let { data } = await api.get(`/store/carts/${cartId}/availability`, store)
      expect(data).toMatchObject({ ok: true, items: [{ requested: 1, available: 1 }] })
      await api.post(
        `/admin/inventory-items/${onlyOne.inventoryItemId}/location-levels/${onlyOne.locationId}`,
        { stocked_quantity: 0 },
        admin
      )
      ;({ data } = await api.get(`/store/carts/${cartId}/availability`, store))
      expect(data.ok).toBe(false)
      expect(data.items[0]).toMatchObject({ variant_id: variants["huipil-unico"], requested: 1, available: 0 })
    })

    it("creates the order from Stripe's webhook when the shopper never came back, and a replay changes nothing", async () => {
      const before = await orderCount()
      const cartId = await cartWith([["paloma-de-barro", 2]])
      const { intentId, confirmed } = await payWith(cartId, "pm_card_visa")
      expect(confirmed.status).toBe("requires_capture")
      await stripeHandle.emulator.flushWebhooks()

      // Medusa processes payment webhooks after a short delay; wait for the order to appear.
      let count = before
      for (let i = 0; i < 60 && count === before; i++) {
        await sleep(500)
        count = await orderCount()
      }
      expect(count).toBe(before + 1)

      let capturable: any
      for (const delivery of stripeHandle.emulator.webhooks.deliveries as any[]) {
        if (delivery.event_type !== "payment_intent.amount_capturable_updated") continue
        const event = await stripeHandle.stripe.events.retrieve(delivery.event_id)
        if (event.data.object.id === intentId) capturable = delivery
      }
      expect(capturable.status).toBe("succeeded")

      const decisionsOf = async () => (await api.get(`/admin/payment-decisions?cart_id=${cartId}`, admin)).data.payment_decisions as any[]
      // The decision is recorded right after the order is placed: give it a moment.
      let decisions = await decisionsOf()
      for (let i = 0; i < 40 && !decisions.length; i++) {
        await sleep(250)
        decisions = await decisionsOf()
      }
      expect(decisions).toEqual([expect.objectContaining({ source: "webhook", outcome: "order_placed" })])

      const replay = await fetch(`${stripeHandle.emulator.url}/_emulator/events/${capturable.event_id}/resend`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_telar_emulator" },
      })
      expect(replay.status).toBe(200)
      // Medusa itself accepted the replayed delivery (its answer, not the emulator's)...
      const delivery = await replay.json()
      expect(delivery.attempts.at(-1).status_code).toBe(200)
      // ...and once its delayed processing ran, nothing more happened.
      await sleep(7000)
      expect(await orderCount()).toBe(before + 1)
      expect(await decisionsOf()).toHaveLength(1)
      const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store)
      expect(data.cart.completed_at).toBeTruthy()
    })

    it("rejects a webhook with a bad signature and changes nothing", async () => {
      const before = await orderCount()
      // Stripe's own (genuine) events go nowhere in this test: only the forged one reaches Medusa.
      stripeHandle.emulator.setWebhook("http://127.0.0.1:9/nowhere", EMULATOR_WEBHOOK_SECRET)
      const cartId = await cartWith([["paloma-de-barro", 1]])
      const { intentId } = await payWith(cartId, "pm_card_visa")
      const event = {
        id: "evt_forged",
        object: "event",
        type: "payment_intent.amount_capturable_updated",
        data: { object: { id: intentId, object: "payment_intent", status: "requires_capture", amount: 3000, currency: "usd" } },
      }
      const payload = JSON.stringify(event)
      const forged = await api
        .post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signatureHeader(payload, "whsec_not_ours") },
        })
        .catch((e: any) => e.response)
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/signature/i)
      const unsigned = await api
        .post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json" } })
        .catch((e: any) => e.response)
      expect(unsigned.status).toBe(400)
      // Sanity: the same payload signed with the real secret is accepted.
      expect(signatureHeader(payload, EMULATOR_WEBHOOK_SECRET)).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
      await sleep(6000)
      const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store)
      expect(data.cart.completed_at).toBeFalsy()
      expect(await orderCount()).toBe(before)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
    })

    it("refuses signatures dated in the future and webhooks for providers it does not have", async () => {
      const payload = JSON.stringify({
        id: "evt_future",
        object: "event",
        type: "payment_intent.succeeded",
        data: { object: { id: "pi_x", object: "payment_intent" } },
      })
      const future = Math.floor(Date.now() / 1000) + 30 * 24 * 3600
      const dated = await api
        .post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signatureHeader(payload, EMULATOR_WEBHOOK_SECRET, future) },
        })
        .catch((e: any) => e.response)
      expect(dated.status).toBe(400)
      expect(dated.data.message).toMatch(/future/)
      const unknown = await api
        .post("/hooks/payment/paypal_paypal", payload, { headers: { "content-type": "application/json" } })
        .catch((e: any) => e.response)
      expect(unknown.status).toBe(404)
    })

    it("acts on Stripe's real state, not on what a signed event's payload claims", async () => {
      const before = await orderCount()
      stripeHandle.emulator.setWebhook("http://127.0.0.1:9/nowhere", EMULATOR_WEBHOOK_SECRET)
      try {
        const cartId = await cartWith([["paloma-de-barro", 1]])
        const { intentId } = await payWith(cartId, "pm_card_visa")
        const real = await stripeHandle.stripe.paymentIntents.retrieve(intentId)
        // Signed with the real secret (a leaked secret, or a stale event): it claims a 1.00 capture.
        const payload = JSON.stringify({
          id: "evt_lying",
          object: "event",
          type: "payment_intent.succeeded",
          data: { object: { ...real, status: "succeeded", amount_received: 100 } },
        })
        const answer = await api.post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signatureHeader(payload, EMULATOR_WEBHOOK_SECRET) },
        })
        expect(answer.status).toBe(200)
        // The webhook's decision is recorded once the whole completion is done; an order read
        // sooner can be caught half-made (created, its payment not yet authorized).
        let decided = false
        for (let i = 0; i < 60 && !decided; i++) {
          await sleep(500)
          const { data } = await api.get(`/admin/payment-decisions?cart_id=${cartId}`, admin)
          decided = data.payment_decisions.some((decision: any) => decision.outcome === "order_placed")
        }
        expect(decided).toBe(true)
        const { data } = await api.get(
          `/admin/orders?fields=id,payment_status,total,*payment_collections.payments&order=-created_at&limit=1`,
          admin
        )
        expect(data.count).toBe(before + 1)
        const order = data.orders[0]
        // The order exists because Stripe really holds the money; nothing was captured.
        expect(order.payment_status).toBe("authorized")
        const payment = order.payment_collections[0].payments[0]
        expect(Math.round(Number(payment.amount) * 100)).toBe(real.amount)
        expect(payment.captured_at).toBeFalsy()
        expect((await stripeHandle.stripe.paymentIntents.retrieve(intentId)).status).toBe("requires_capture")
      } finally {
        stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      }
    })
  },
})
