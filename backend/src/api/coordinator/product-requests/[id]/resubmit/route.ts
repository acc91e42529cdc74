import type { MedusaResponse } from "@medusajs/framework/http"
import { resubmitProductRequest } from "../../../../../lib/product-request/requests"
import type { CoordinatorRequest } from "../../../helpers"
import { requestingCoordinator } from "../../helpers"
import type { CoordinatorResubmitProductRequestType } from "../../validators"

/** A returned request, changed, sent to staff again (a new revision); only the returned revision itself may be. */
export async function POST(req: CoordinatorRequest<CoordinatorResubmitProductRequestType>, res: MedusaResponse) {
  const product_request = await resubmitProductRequest(req.scope, requestingCoordinator(req), req.params.id, req.validatedBody)
  res.json({ product_request })
}
