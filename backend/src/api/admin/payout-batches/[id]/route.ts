import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminPayoutBatch } from "../../../../lib/payout/batches"
import { PAYOUT_BATCH_FIELDS, pickFields } from "../../../../lib/payout/batches-query"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).retrievePayoutBatchRecord(req.params.id)
  res.json({ payout_batch: pickFields(toAdminPayoutBatch(batch), req.queryConfig.fields, PAYOUT_BATCH_FIELDS) })
}
