import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromMinor } from "@telar/fair-trade"
import type { PaymentDecisionSource } from "../../modules/payment-audit/models/payment-decision"
import { completeCartOrReleaseHold, type CompletionResult } from "./complete-cart"
import { cartOfPaymentCollection, orderIdOfCart } from "./orders"
import { intentHoldsMoney, stripeClient } from "./stripe"

export type SettleResult =
  | { action: "ignored"; reason: string }
  | { action: "recorded_on_order"; orderId: string }
  | { action: "completion"; result: CompletionResult }

/**
 * Acts on what Stripe says about a PaymentIntent *now* (fetched by id), never on an event's
 * payload: a forged or stale event cannot set an amount or a status. Used by the webhook
 * subscriber and the reconciliation job alike, so a late or repeated event changes nothing.
 */
export async function settleStripeIntent(
  container: MedusaContainer,
  intentId: string,
  source: PaymentDecisionSource
): Promise<SettleResult> {
  const intent = await stripeClient().paymentIntents.retrieve(intentId)
  const sessionId = intent.metadata?.session_id as string | undefined
  if (!sessionId) return { action: "ignored", reason: "the intent was not created by this shop" }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "payment_collection_id", "payment.id", "payment.captured_at"],
    filters: { id: sessionId },
  })
  const session = sessions[0] as
    | { id: string; payment_collection_id: string; payment?: { id: string; captured_at?: Date | null } | null }
    | undefined
  if (!session) return { action: "ignored", reason: "no such payment session (released or foreign)" }

  const cartId = await cartOfPaymentCollection(container, session.payment_collection_id)
  if (!cartId) return { action: "ignored", reason: "the payment collection belongs to no cart" }

  const orderId = await orderIdOfCart(container, cartId)
  if (orderId) {
    // The order exists: let Medusa record an authorization or capture it has not seen yet,
    // with Stripe's real amount.
    const captured = intent.status === "succeeded"
    const needsRecord = captured ? !session.payment?.captured_at : intent.status === "requires_capture" && !session.payment
    if (needsRecord) {
      await processPaymentWorkflow(container).run({
        input: {
          action: captured ? PaymentActions.SUCCESSFUL : PaymentActions.AUTHORIZED,
          data: {
            session_id: session.id,
            amount: fromMinor(captured ? intent.amount_received : intent.amount_capturable, intent.currency),
          },
        },
      })
    }
    return { action: "recorded_on_order", orderId }
  }
  if (!intentHoldsMoney(intent.status)) return { action: "ignored", reason: `the intent is ${intent.status}` }
  return { action: "completion", result: await completeCartOrReleaseHold(container, cartId, source) }
}
