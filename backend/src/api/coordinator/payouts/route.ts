import type { MedusaResponse } from "@medusajs/framework/http"
import { COORDINATOR_PAYOUT_FIELDS } from "@telar/types"
import { toCoordinatorPayout } from "../../../lib/payout/batches"
import { pickFields } from "../../../lib/payout/batches-query"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"
import type { CoordinatorListPayoutsType } from "./validators"

/** The payouts to the coordinator's own cooperative, newest first; the cooperative comes from the login, never the request. */
export async function GET(req: CoordinatorRequest & { validatedQuery: CoordinatorListPayoutsType }, res: MedusaResponse) {
  const { cooperative_id } = currentCoordinator(req)
  const { batch_id, status, method } = req.validatedQuery
  const { skip, take } = req.queryConfig.pagination
  const [payouts, count] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listPayoutRecords(
      { cooperative_id, method, batch_id: batch_id ? [batch_id] : undefined, status: status ? [status].flat() : undefined },
      { skip, take }
    )
  res.json({
    payouts: payouts.map((payout) => pickFields(toCoordinatorPayout(payout), req.queryConfig.fields, COORDINATOR_PAYOUT_FIELDS)),
    count,
    offset: skip,
    limit: take,
  })
}
