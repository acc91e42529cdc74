import type { MedusaResponse } from "@medusajs/framework/http"
import { retrieveCoordinatorOrder } from "../../../../lib/coordinator/orders"
import { type CoordinatorRequest, currentCoordinator } from "../../helpers"

/** One order as the coordinator's cooperative sees it; another cooperative's order answers 404. */
export async function GET(req: CoordinatorRequest, res: MedusaResponse) {
  const { cooperative_id, preferred_language } = currentCoordinator(req)
  res.json({ order: await retrieveCoordinatorOrder(req.scope, { cooperative_id, language: preferred_language }, req.params.id) })
}
