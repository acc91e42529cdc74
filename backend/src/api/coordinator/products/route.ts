import type { MedusaResponse } from "@medusajs/framework/http"
import { loadShelf } from "../../../lib/coordinator/shelf"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

/** The cooperative's own pieces: stock at its location, units held by orders, sold in the last 30 days. */
export async function GET(req: CoordinatorRequest, res: MedusaResponse) {
  const shelf = await loadShelf(req.scope, currentCoordinator(req).cooperative_id)
  res.json({ location_id: shelf.location_id, products: shelf.products })
}
