import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYMENT_AUDIT_MODULE } from "../../modules/payment-audit"
import type PaymentAuditModuleService from "../../modules/payment-audit/service"
import type { PaymentDecisionInput } from "../../workflows/checkout/release-payment-hold/steps/record-payment-decision"

/** Appends one decision to the staff-visible payment audit (a single-module write). */
export async function recordPaymentDecision(container: MedusaContainer, input: PaymentDecisionInput) {
  const audit = container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE)
  return audit.createPaymentDecisions({ ...input, reason: input.reason?.slice(0, 500) ?? null })
}
