import type { MedusaResponse } from "@medusajs/framework/http"
import { listCoordinatorOrders } from "../../../lib/coordinator/orders"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"
import type { CoordinatorListOrdersType } from "./validators"

/** Placed orders holding the coordinator's cooperative's pieces, newest first: only its lines, where to send them, the parcel's status. */
export async function GET(req: CoordinatorRequest & { validatedQuery: CoordinatorListOrdersType }, res: MedusaResponse) {
  const { cooperative_id, preferred_language } = currentCoordinator(req)
  const { limit, offset, parcel_status } = req.validatedQuery
  res.json(
    await listCoordinatorOrders(req.scope, { cooperative_id, language: preferred_language }, { skip: offset, take: limit, parcel_status })
  )
}
