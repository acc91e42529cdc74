import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYMENT_AUDIT_MODULE } from "../../modules/payment-audit"
import type PaymentAuditModuleService from "../../modules/payment-audit/service"
import type { PaymentDecisionOutcome, PaymentDecisionSource } from "../../modules/payment-audit/models/payment-decision"

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

/** Appends one decision to the staff-visible payment audit (a single-module write). */
export async function recordPaymentDecision(container: MedusaContainer, input: PaymentDecisionInput) {
  const audit = container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE)
  return audit.createPaymentDecisions({ ...input, reason: input.reason?.slice(0, 500) ?? null })
}
