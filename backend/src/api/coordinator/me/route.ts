import type { MedusaResponse } from "@medusajs/framework/http"
import { loadCoordinatorProfile } from "../../../lib/coordinator/profile"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

export async function GET(req: CoordinatorRequest, res: MedusaResponse) {
  res.json({ coordinator: await loadCoordinatorProfile(req.scope, currentCoordinator(req)) })
}
