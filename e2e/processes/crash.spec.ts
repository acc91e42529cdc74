import { expect, test } from "@playwright/test"
import { shopEnv, startMedusa, freePort, type MedusaProcess } from "./support/medusa"
import { shoppersOn, startStripe, waitFor } from "./support/shop"

// The reconciliation job as a deployment runs it, only sooner: every 10 s, for payments 6 s old.
const JOB = { TELAR_RECONCILE_SCHEDULE: "*/10 * * * * *", TELAR_RECONCILE_GRACE_MINUTES: "0.1" }

test("the server is killed (kill -9) between the card and the order: after a restart the order is placed or the hold released", async () => {
  test.setTimeout(240_000)
  const stripe = await startStripe()
  const port = String(await freePort())
  const env = shopEnv({ ...JOB, PORT: port, STRIPE_API_BASE: stripe.emulator.url })
  let server: MedusaProcess = await startMedusa("server", env)
  try {
    // Stripe cannot reach the shop while these shoppers pay (its events are lost, as when the
    // server is down or unreachable), so nothing completes the carts before the crash.
    stripe.emulator.setWebhook("http://127.0.0.1:9/unreachable", "whsec_telar_emulator_secret")
    const shop = await shoppersOn(server.url, stripe.stripe)
    // One piece two shoppers want, and one piece only one wants.
    const contested = await shop.createPiece(shop.fixture.cooperativeId, `crash-contested-${Date.now()}`, 1, 90)
    const single = await shop.createPiece(shop.fixture.cooperativeId, `crash-single-${Date.now()}`, 1, 70)
    const carts = await Promise.all([
      shop.cartWith([[contested.variantId, 1]]),
      shop.cartWith([[contested.variantId, 1]]),
      shop.cartWith([[single.variantId, 1]]),
    ])
    const payments: ({ cartId: string } & Awaited<ReturnType<typeof shop.payWith>>)[] = []
    for (const cartId of carts) payments.push({ cartId, ...(await shop.payWith(cartId)) })
    expect(payments.map((payment) => payment.confirmed.status)).toEqual(["requires_capture", "requires_capture", "requires_capture"])

    // The cards are authorized and no completion ran; the server dies.
    await server.stop("SIGKILL")
    await stripe.emulator.flushWebhooks()
    const lost = stripe.emulator.webhooks.deliveries.filter((delivery: any) => delivery.status !== "succeeded")
    expect(lost.length).toBeGreaterThanOrEqual(3)

    server = await startMedusa("server (restarted)", env)
    stripe.webhooksTo(server.url)
    const restarted = Date.now()
    const after = await shoppersOn(server.url, stripe.stripe)
    // Within one job interval after the grace time has passed.
    await waitFor(
      async () => {
        for (const { cartId, intentId } of payments) {
          if ((await after.orderOfCart(cartId)) === null && (await stripe.intentStatus(intentId)) !== "canceled") return false
        }
        return true
      },
      60_000,
      "the reconciliation job to settle every payment"
    )
    console.log(`[processes] after kill -9 and restart, every payment settled ${Date.now() - restarted} ms after the server was healthy`)

    expect(await after.ordersHolding(single.variantId)).toHaveLength(1)
    expect(await after.ordersHolding(contested.variantId)).toHaveLength(1)
    const statuses = await Promise.all(payments.map(({ intentId }) => stripe.intentStatus(intentId)))
    expect(statuses.filter((status) => status === "canceled")).toHaveLength(1)
    expect(statuses.filter((status) => status === "requires_capture")).toHaveLength(2)
    expect(await after.level(contested)).toMatchObject({ stocked_quantity: 1, reserved_quantity: 1 })
    // Staff see what the job decided for each of the three carts. The decision is written just
    // after the order it records, so wait for it rather than read once.
    const decided = await waitFor(
      async () => {
        const { data } = await after.api.get("/admin/payment-decisions?source=job", after.fixture.admin)
        const byCart = new Map<string, string>(data.payment_decisions.map((decision: any) => [decision.cart_id, decision.outcome]))
        return carts.every((cartId) => byCart.has(cartId)) && byCart
      },
      20_000,
      "the job's decision for each cart"
    )
    expect(carts.map((cartId) => decided.get(cartId)).sort()).toEqual(["hold_released", "order_placed", "order_placed"])
  } catch (error) {
    console.log(`[processes] server log (tail):\n${server.log().slice(-6000)}`)
    throw error
  } finally {
    await server.stop()
    await stripe.emulator.close()
  }
})
