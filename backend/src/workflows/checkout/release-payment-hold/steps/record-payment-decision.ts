import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordPaymentDecision, type PaymentDecisionInput } from "../../../../lib/checkout/decisions"
import { PAYMENT_AUDIT_MODULE } from "../../../../modules/payment-audit"
import type PaymentAuditModuleService from "../../../../modules/payment-audit/service"

/** Appends the decision for staff; only a failed workflow removes what it appended. */
export const recordPaymentDecisionStep = createStep(
  "record-payment-decision",
  async (input: PaymentDecisionInput, { container }) => {
    const decision = await recordPaymentDecision(container, input)
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE).deletePaymentDecisions(id)
  }
)
