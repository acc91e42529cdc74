import type { MedusaResponse } from "@medusajs/framework/http"
import { setParcelStatus } from "../../../../../lib/coordinator/parcel-status"
import { type CoordinatorRequest, currentCoordinator } from "../../../helpers"
import type { CoordinatorSetParcelStatusType } from "../../validators"

/** The cooperative's parcel of this order is ready, or handed to a carrier: forward only, once. */
export async function POST(req: CoordinatorRequest<CoordinatorSetParcelStatusType>, res: MedusaResponse) {
  const { id, cooperative_id, preferred_language } = currentCoordinator(req)
  res.json(
    await setParcelStatus(req.scope, { cooperative_id, language: preferred_language, actor_id: id }, req.params.id, req.validatedBody)
  )
}
