import { MedusaService } from "@medusajs/framework/utils"
import { PaymentDecision } from "./models/payment-decision"

/** Records are appended only: no update or delete is used anywhere. */
class PaymentAuditModuleService extends MedusaService({ PaymentDecision }) {}

export default PaymentAuditModuleService
