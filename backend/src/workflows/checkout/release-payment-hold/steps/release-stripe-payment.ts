import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { stripeClient } from "../../../../lib/checkout/stripe"

export type ReleaseStripePaymentInput = { session_id: string; intent_id: string; status: string }

/**
 * Cancels an authorized PaymentIntent (deleting its session, so the shopper's next attempt gets a
 * fresh one) or refunds a captured one. Money given back cannot be taken again, so this step has
 * no compensation; it runs before anything that could fail after it.
 */
export const releaseStripePaymentStep = createStep("release-stripe-payment", async (input: ReleaseStripePaymentInput, { container }) => {
  if (input.status === "succeeded") {
    await stripeClient().refunds.create(
      { payment_intent: input.intent_id, reason: "requested_by_customer" },
      { idempotencyKey: `telar-release-${input.intent_id}` }
    )
    return new StepResponse("payment_refunded" as const)
  }
  const payments = container.resolve(Modules.PAYMENT)
  // Medusa's provider cancels the intent at Stripe, then the session is removed.
  await payments.deletePaymentSession(input.session_id)
  return new StepResponse("hold_released" as const)
})
