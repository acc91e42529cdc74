import { reconcileStripePayments } from "../../../src/lib/checkout/reconcile"
import { checkoutDriver, waitFor } from "../../helpers/checkout"
import { cooperativeBody, createStoreFixture, type StoreFixture } from "../../helpers/fixtures"
import { integrationTestRunner } from "../../helpers/runner"
import { stripeEmulatorForSuite } from "../../helpers/stripe"

jest.setTimeout(600 * 1000)

const stripeHandle = stripeEmulatorForSuite()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let cooperativeId: string
    let pieces = 0
    let shop: ReturnType<typeof checkoutDriver>

    beforeAll(async () => {
      fixture = await createStoreFixture(getContainer(), api)
      shop = checkoutDriver(api as any, fixture, stripeHandle.stripe)
      stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      const { data } = await api.post("/admin/cooperatives", cooperativeBody(), fixture.admin)
      cooperativeId = data.cooperative.id
    })

    const onePiece = () => shop.createPiece(cooperativeId, `pieza-unica-${++pieces}`, 1, 100)
    const intentStatus = async (intentId: string) => (await stripeHandle.stripe.paymentIntents.retrieve(intentId)).status as string

    /** Every shopper's payment ended up in an order or was given back: nothing is left pending. */
    async function waitUntilSettled(carts: { cartId: string; intentId: string }[]) {
      await stripeHandle.emulator.flushWebhooks()
      await waitFor(
        async () => {
          for (const { cartId, intentId } of carts) {
            if ((await shop.orderOfCart(cartId)) === null && (await intentStatus(intentId)) !== "canceled") return false
          }
          return true
        },
        120_000,
        "every payment to be settled"
      )
    }

    async function levelOf(piece: { inventoryItemId: string; locationId: string }) {
      const { data } = await api.get(`/admin/inventory-items/${piece.inventoryItemId}/location-levels`, fixture.admin)
      return data.inventory_levels.find((level: any) => level.location_id === piece.locationId)
    }

    /** N shoppers pay for one piece at once; the first `throughApi` also complete through the store API. */
    async function raceRound(shoppers: number, throughApi: number) {
      const piece = await onePiece()
      const cartIds = await Promise.all(Array.from({ length: shoppers }, () => shop.cartWith([[piece.variantId, 1]])))
      const paid = await Promise.all(cartIds.map(async (cartId) => ({ cartId, ...(await shop.payWith(cartId)) })))
      expect(paid.every((payment) => payment.confirmed.status === "requires_capture")).toBe(true)
      const answers = await Promise.all(paid.slice(0, throughApi).map(({ cartId }) => shop.complete(cartId)))
      await waitUntilSettled(paid)

      const orders = await shop.ordersHolding(piece.variantId)
      const statuses = await Promise.all(paid.map(({ intentId }) => intentStatus(intentId)))
      const level = await levelOf(piece)
      return { piece, paid, answers, orders, statuses, level }
    }

    it.each([1, 2, 3])("sells one piece once when 8 shoppers pay at once and only Stripe's webhooks complete (round %i)", async () => {
      const { piece, orders, statuses, level } = await raceRound(8, 0)
      expect(orders).toHaveLength(1)
      // The cart is marked completed before Medusa authorizes the order's payment: give it a moment.
      const [winner] = await waitFor(
        async () => {
          const live = await shop.ordersHolding(piece.variantId)
          return live[0]?.payment_status === "not_paid" ? null : live
        },
        30_000,
        "the winning order's payment to be recorded"
      )
      expect(winner.payment_status).toBe("authorized")
      expect(statuses.filter((status) => status === "requires_capture")).toHaveLength(1)
      expect(statuses.filter((status) => status === "canceled")).toHaveLength(7)
      expect(level.reserved_quantity).toBe(1)
      expect(level.stocked_quantity).toBe(1)
    })

    it("sells one piece once when some shoppers complete through the API and the rest only through webhooks", async () => {
      const { orders, statuses, answers, level } = await raceRound(8, 4)
      expect(orders).toHaveLength(1)
      expect(statuses.filter((status) => status === "canceled")).toHaveLength(7)
      expect(level.reserved_quantity).toBe(1)
      // Every API answer is an order or an honest refusal that says the hold was released.
      for (const answer of answers) {
        if (answer.type === "order") continue
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(answer.payment_released).toBe(true)
        expect(answer.message).toMatch(/nothing will be charged/)
      }
    })

    it("gives 49 losers their card holds back when 50 shoppers complete one piece through the API", async () => {
      const started = Date.now()
      const { orders, statuses, answers, level } = await raceRound(50, 50)
      expect(orders).toHaveLength(1)
      expect(answers.filter((answer) => answer.type === "order")).toHaveLength(1)
      expect(statuses.filter((status) => status === "canceled")).toHaveLength(49)
      expect(Date.now() - started).toBeLessThan(5 * 60 * 1000)
      expect(level.reserved_quantity).toBeLessThanOrEqual(level.stocked_quantity)
      // Staff can see each release.
      const { data } = await api.get("/admin/payment-decisions?outcome=hold_released&limit=100", fixture.admin)
      const released = new Set(data.payment_decisions.map((decision: any) => decision.payment_intent_id))
      const losers = answers.filter((answer) => answer.type !== "order")
      // Every loser is told the hold is gone, whether its own request, the webhook or the job released it.
      for (const answer of losers) {
        expect(answer.payment_released).toBe(true)
        expect(answer.message ?? answer.error?.message).toMatch(/nothing will be charged/)
      }
      expect(released.size).toBeGreaterThanOrEqual(49)
    })

    it("counts two lines drawing on one inventory item together (medusajs/medusa#16502) when 10 shoppers race for its last 2 units", async () => {
      // A pair of earrings sold as "Left" and "Right": both variants draw on one inventory item.
      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Aretes de ámbar",
          handle: `aretes-${++pieces}`,
          status: "published",
          shipping_profile_id: fixture.shippingProfileId,
          sales_channels: [{ id: fixture.salesChannelId }],
          options: [{ title: "Side", values: ["Left", "Right"] }],
          variants: ["Left", "Right"].map((side) => ({
            title: side,
            sku: `ARETES-${pieces}-${side}`.toUpperCase(),
            manage_inventory: true,
            options: { Side: side },
            prices: [{ amount: 60, currency_code: "usd" }],
          })),
        },
        fixture.admin
      )
      const product = created.product
      await api.post(`/admin/cooperatives/${cooperativeId}/products`, { add: [product.id] }, fixture.admin)
      const itemOf = async (variantId: string) =>
        (await api.get(`/admin/products/${product.id}/variants/${variantId}?fields=inventory_items.inventory_item_id`, fixture.admin)).data
          .variant.inventory_items[0].inventory_item_id as string
      const [left, right] = product.variants
      const shared = await itemOf(left.id)
      await api.delete(`/admin/products/${product.id}/variants/${right.id}/inventory-items/${await itemOf(right.id)}`, fixture.admin)
      await api.post(
        `/admin/products/${product.id}/variants/${right.id}/inventory-items`,
        { inventory_item_id: shared, required_quantity: 1 },
        fixture.admin
      )
      const { data: coop } = await api.get(`/admin/cooperatives/${cooperativeId}`, fixture.admin)
      const piece = { inventoryItemId: shared, locationId: coop.cooperative.stock_location.id as string }
      await api.post(
        `/admin/inventory-items/${shared}/location-levels`,
        { location_id: piece.locationId, stocked_quantity: 2 },
        fixture.admin
      )

      // Each shopper wants the pair: 2 units of the one item, all there is.
      const cartIds = await Promise.all(
        Array.from({ length: 10 }, () =>
          shop.cartWith([
            [left.id, 1],
            [right.id, 1],
          ])
        )
      )
      const paid = await Promise.all(cartIds.map(async (cartId) => ({ cartId, ...(await shop.payWith(cartId)) })))
      const answers = await Promise.all(paid.map(({ cartId }) => shop.complete(cartId)))
      await waitUntilSettled(paid)

      expect(answers.filter((answer) => answer.type === "order")).toHaveLength(1)
      expect(await shop.ordersHolding(left.id)).toHaveLength(1)
      const statuses = await Promise.all(paid.map(({ intentId }) => intentStatus(intentId)))
      expect(statuses.filter((status) => status === "canceled")).toHaveLength(9)
      expect(await levelOf(piece)).toMatchObject({ stocked_quantity: 2, reserved_quantity: 2 })

      // One more unit arrives; a cart with both lines needs 2 of it. Each line alone fits, the cart does not.
      await api.post(`/admin/inventory-items/${shared}/location-levels/${piece.locationId}`, { stocked_quantity: 3 }, fixture.admin)
      const greedy = await shop.cartWith([
        [left.id, 1],
        [right.id, 1],
      ])
      const greedyPayment = await shop.payWith(greedy)
      const answer = await shop.complete(greedy)
      expect(answer.type).not.toBe("order")
      expect(answer.payment_released).toBe(true)
      expect(await intentStatus(greedyPayment.intentId)).toBe("canceled")
      expect(await levelOf(piece)).toMatchObject({ stocked_quantity: 3, reserved_quantity: 2 })
    })

    it("places the order for a paid cart whose webhook never arrived, and releases the hold when the piece is gone", async () => {
      stripeHandle.emulator.setWebhook(undefined)
      try {
        // The oldest paid cart's PaymentIntent is one Stripe no longer knows (another account's
        // key, a wiped test mode): it must not keep the job from settling the others.
        const unknownToStripe = await shop.cartWith([[(await onePiece()).variantId, 1]])
        const paidUnknown = await shop.payWith(unknownToStripe)
        delete stripeHandle.emulator.state.paymentIntents[paidUnknown.intentId]
        const available = await onePiece()
        const abandoned = await shop.cartWith([[available.variantId, 1]])
        const paidAvailable = await shop.payWith(abandoned)
        const gone = await onePiece()
        const late = await shop.cartWith([[gone.variantId, 1]])
        const paidGone = await shop.payWith(late)
        // Someone else buys the second piece first.
        const winner = await shop.cartWith([[gone.variantId, 1]])
        await shop.payWith(winner)
        expect((await shop.complete(winner)).type).toBe("order")

        // Nothing happens while the grace period runs: the shopper or the webhook may still come.
        const early = await reconcileStripePayments(getContainer(), { graceMinutes: 5 })
        expect(early.settled.filter((entry) => [abandoned, late].includes(entry.cart_id))).toHaveLength(0)

        const report = await reconcileStripePayments(getContainer(), { graceMinutes: 0 })
        expect(report.failed).toEqual([
          expect.objectContaining({ cart_id: unknownToStripe, error: expect.stringMatching(/No such payment_intent/) }),
        ])
        const byCart = Object.fromEntries(report.settled.map((entry) => [entry.cart_id, entry.outcome]))
        expect(byCart[abandoned]).toMatchObject({ action: "completion", result: { status: "order" } })
        expect(byCart[late]).toMatchObject({ action: "completion", result: { status: "failed" } })
        expect(await shop.ordersHolding(available.variantId)).toHaveLength(1)
        expect(await intentStatus(paidAvailable.intentId)).toBe("requires_capture")
        expect(await intentStatus(paidGone.intentId)).toBe("canceled")

        // Idempotent: a second run finds nothing to do.
        const again = await reconcileStripePayments(getContainer(), { graceMinutes: 0 })
        expect(again.settled.filter((entry) => [abandoned, late].includes(entry.cart_id))).toHaveLength(0)

        const heldAmount = (await stripeHandle.stripe.paymentIntents.retrieve(paidGone.intentId)).amount
        const { data } = await api.get(`/admin/payment-decisions?cart_id=${late}`, fixture.admin)
        expect(data.payment_decisions).toEqual([
          expect.objectContaining({ source: "job", outcome: "hold_released", payment_intent_id: paidGone.intentId, amount: heldAmount }),
        ])
        const { data: placed } = await api.get(`/admin/payment-decisions?cart_id=${abandoned}`, fixture.admin)
        expect(placed.payment_decisions).toEqual([expect.objectContaining({ source: "job", outcome: "order_placed" })])
      } finally {
        stripeHandle.pointWebhooksAt(api.defaults.baseURL as string)
      }
    })
  },
})
