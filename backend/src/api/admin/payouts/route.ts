import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminPayout } from "../../../lib/payout/batches"
import { ADMIN_PAYOUT_FIELDS, pickFields } from "../../../lib/payout/batches-query"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { AdminListPayoutsType } from "./validators"

/** Payouts of every batch, newest first; filter by cooperative, batch, status or method. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPayoutsType>, res: MedusaResponse) {
  const { cooperative_id, batch_id, status, method } = req.validatedQuery
  const { skip, take } = req.queryConfig.pagination
  const [payouts, count] = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutRecords(
    {
      cooperative_id,
      method,
      batch_id: batch_id ? [batch_id] : undefined,
      status: status ? (Array.isArray(status) ? status : [status]) : undefined,
    },
    { skip, take }
  )
  res.json({
    payouts: payouts.map((payout) => pickFields(toAdminPayout(payout), req.queryConfig.fields, ADMIN_PAYOUT_FIELDS)),
    count,
    offset: skip,
    limit: take,
  })
}
