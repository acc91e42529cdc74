import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_AUDIT_MODULE } from "../../../../modules/payment-audit"
import type PaymentAuditModuleService from "../../../../modules/payment-audit/service"
import type { PaymentDecisionOutcome, PaymentDecisionSource } from "../../../../modules/payment-audit/models/payment-decision"

export type PaymentDecisionInput = {
  cart_id: string
  source: PaymentDecisionSource
  outcome: PaymentDecisionOutcome
  payment_session_id?: string | null
  payment_intent_id?: string | null
  order_id?: string | null
  amount?: number | null
  currency_code?: string | null
  reason?: string | null
}

/** Appends the decision for staff; only a failed workflow removes what it appended. */
export const recordPaymentDecisionStep = createStep(
  "record-payment-decision",
  async (input: PaymentDecisionInput, { container }) => {
    const audit = container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE)
    const decision = await audit.createPaymentDecisions(input)
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE).deletePaymentDecisions(id)
  }
)
