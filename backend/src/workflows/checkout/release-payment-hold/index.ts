import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentDecisionSource } from "../../../modules/payment-audit/models/payment-decision"
import { recordPaymentDecisionStep } from "./steps/record-payment-decision"
import { releaseStripePaymentStep } from "./steps/release-stripe-payment"

export type ReleasePaymentHoldInput = {
  cart_id: string
  source: PaymentDecisionSource
  reason: string
  session_id: string
  intent_id: string
  status: string
  amount: number
  currency_code: string
}

/** A cart that will not become an order gives the shopper's money back, and staff can see it. */
export const releasePaymentHoldWorkflow = createWorkflow("release-payment-hold", (input: ReleasePaymentHoldInput) => {
  const outcome = releaseStripePaymentStep({ session_id: input.session_id, intent_id: input.intent_id, status: input.status })
  const decision = transform({ input, outcome }, ({ input, outcome }) => ({
    cart_id: input.cart_id,
    source: input.source,
    outcome,
    payment_session_id: input.session_id,
    payment_intent_id: input.intent_id,
    amount: input.amount,
    currency_code: input.currency_code,
    reason: input.reason,
  }))
  recordPaymentDecisionStep(decision)
  return new WorkflowResponse({ outcome })
})
