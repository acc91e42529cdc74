import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { PAYMENT_DECISION_OUTCOMES, PAYMENT_DECISION_SOURCES } from "../../../modules/payment-audit/models/payment-decision"

export const AdminListPaymentDecisions = createFindParams({ limit: 50, offset: 0 }).extend({
  cart_id: z.string().max(100).optional(),
  outcome: z.enum(PAYMENT_DECISION_OUTCOMES).optional(),
  source: z.enum(PAYMENT_DECISION_SOURCES).optional(),
})
