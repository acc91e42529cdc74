import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../../modules/stripe-payment/config"
import { cartOfPaymentCollection, orderIdOfCart } from "./orders"
import { settleStripeIntent, type SettleResult } from "./settle-payment"

/** Stripe lets a card authorization stand for seven days; older sessions hold nothing. */
const HOLD_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000
const PAGE = 200

export type ReconcileOptions = {
  /** Leave a payment alone this long: the shopper's own completion or the webhook comes first. */
  graceMinutes?: number
  now?: Date
}

export type ReconcileReport = {
  examined: number
  settled: { intent_id: string; cart_id: string; outcome: SettleResult }[]
  /** Payments that could not be settled this round (e.g. Stripe does not know the intent); retried next round. */
  failed: { intent_id: string; cart_id: string; error: string }[]
}

/**
 * Finds Stripe payments whose cart never became an order (the webhook was lost, the server died
 * between the card and the order, the shopper closed the tab) and settles each one: the order is
 * placed if the stock is still there, otherwise the hold is released. Idempotent.
 */
export async function reconcileStripePayments(container: MedusaContainer, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const now = options.now ?? new Date()
  const grace = (options.graceMinutes ?? Number(process.env.TELAR_RECONCILE_GRACE_MINUTES ?? 5)) * 60 * 1000
  const payments = container.resolve(Modules.PAYMENT)
  const report: ReconcileReport = { examined: 0, settled: [], failed: [] }
  for (let skip = 0; ; skip += PAGE) {
    const sessions = await payments.listPaymentSessions(
      {
        provider_id: STRIPE_PROVIDER_ID,
        created_at: { $lte: new Date(now.getTime() - grace), $gte: new Date(now.getTime() - HOLD_LIFETIME_MS) },
      } as any,
      { select: ["id", "data", "payment_collection_id"], order: { created_at: "ASC" }, skip, take: PAGE }
    )
    for (const session of sessions) {
      const intentId = (session.data as { id?: string } | null)?.id
      if (!intentId) continue
      const cartId = await cartOfPaymentCollection(container, session.payment_collection_id)
      if (!cartId || (await orderIdOfCart(container, cartId))) continue
      report.examined++
      // One payment Stripe cannot answer for must not keep every later one held.
      const outcome = await settleStripeIntent(container, intentId, "job").catch((error: Error) => {
        report.failed.push({ intent_id: intentId, cart_id: cartId, error: error.message })
        return null
      })
      if (outcome && outcome.action !== "ignored") report.settled.push({ intent_id: intentId, cart_id: cartId, outcome })
    }
    if (sessions.length < PAGE) break
  }
  return report
}
