import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../../modules/stripe-payment/config"
import type { PaymentDecisionSource } from "../../modules/payment-audit/models/payment-decision"
import { releasePaymentHoldWorkflow } from "../../workflows/checkout/release-payment-hold"
import { recordPaymentDecision } from "./decisions"
import { intentHoldsMoney, stripeClient } from "./stripe"

export type StripePaymentOfCart = {
  session_id: string
  intent_id: string
  status: string
  /** Minor units: what is held (authorized) or was taken (captured). */
  amount: number
  currency_code: string
}

/** The cart's Stripe payment sessions, with what Stripe says about each intent right now. */
export async function stripePaymentsOfCart(container: MedusaContainer, cartId: string): Promise<StripePaymentOfCart[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  const sessions = ((data[0] as any)?.payment_collection?.payment_sessions ?? []) as {
    id: string
    provider_id: string
    data?: { id?: string }
  }[]
  const payments: StripePaymentOfCart[] = []
  for (const session of sessions) {
    if (session.provider_id !== STRIPE_PROVIDER_ID || !session.data?.id) continue
    const intent = await stripeClient().paymentIntents.retrieve(session.data.id)
    payments.push({
      session_id: session.id,
      intent_id: intent.id,
      status: intent.status,
      amount: intent.status === "succeeded" ? intent.amount_received : intent.amount_capturable || intent.amount,
      currency_code: intent.currency,
    })
  }
  return payments
}

export type ReleasedPayment = StripePaymentOfCart & { outcome: "hold_released" | "payment_refunded" | "release_failed" }

/**
 * Gives back every Stripe payment of a cart that holds money (cancels an authorization, refunds a
 * capture) and records each decision. Safe to call again: a released intent holds nothing.
 */
export async function releasePaymentHolds(
  container: MedusaContainer,
  input: { cartId: string; source: PaymentDecisionSource; reason: string }
): Promise<ReleasedPayment[]> {
  const held = (await stripePaymentsOfCart(container, input.cartId)).filter((payment) => intentHoldsMoney(payment.status))
  const released: ReleasedPayment[] = []
  for (const payment of held) {
    const { result, errors } = await releasePaymentHoldWorkflow(container).run({
      input: { cart_id: input.cartId, source: input.source, reason: input.reason, ...payment },
      throwOnError: false,
    })
    if (errors?.length) {
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      const message = `Could not release payment ${payment.intent_id} of cart ${input.cartId}: ${errors[0].error?.message}`
      logger.error(message)
      // The reconciliation job tries again; staff see that it failed meanwhile.
      await recordPaymentDecision(container, {
        cart_id: input.cartId,
        source: input.source,
        outcome: "release_failed",
        payment_session_id: payment.session_id,
        payment_intent_id: payment.intent_id,
        amount: payment.amount,
        currency_code: payment.currency_code,
        reason: message,
      })
      released.push({ ...payment, outcome: "release_failed" })
    } else {
      released.push({ ...payment, outcome: result.outcome })
    }
  }
  return released
}
