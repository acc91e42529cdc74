import type { MedusaResponse } from "@medusajs/framework/http"
import { loadShelf } from "../../../lib/coordinator/shelf"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

/** The cooperative's own pieces: stock at its location, units held by orders, sold in the last 30 days. */
export async function GET(req: CoordinatorRequest, res: MedusaResponse) {
  const coordinator = currentCoordinator(req)
  const shelf = await loadShelf(req.scope, coordinator.cooperative_id, coordinator.preferred_language)
  res.json({ location_id: shelf.location_id, products: shelf.products })
}
