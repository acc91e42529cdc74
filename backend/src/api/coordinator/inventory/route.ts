import type { MedusaResponse } from "@medusajs/framework/http"
import { applyStockChanges } from "../../../lib/coordinator/stock-changes"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"
import type { CoordinatorInventoryBatchType } from "../validators"

/** A batch of stock changes (online or a drained offline queue), each applied once, in order. */
export async function POST(req: CoordinatorRequest<CoordinatorInventoryBatchType>, res: MedusaResponse) {
  const coordinator = currentCoordinator(req)
  const { changes, source } = req.validatedBody
  const results = await applyStockChanges(
    req.scope,
    {
      cooperative_id: coordinator.cooperative_id,
      actor_type: "coordinator",
      actor_id: coordinator.id,
      language: coordinator.preferred_language,
    },
    changes,
    source
  )
  res.json({ results })
}
