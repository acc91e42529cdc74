import { MedusaService } from "@medusajs/framework/utils"
import { PaymentDecision } from "./models/payment-decision"

/**
 * Decisions are appended, never edited: nothing updates them, and the only delete is the
 * compensation of the step that appended one, when its own workflow fails.
 */
class PaymentAuditModuleService extends MedusaService({ PaymentDecision }) {}

export default PaymentAuditModuleService
