import type { MedusaResponse } from "@medusajs/framework/http"
import { retrieveCooperativeRequest } from "../../../../lib/product-request/requests"
import type { CoordinatorRequest } from "../../helpers"
import { requestingCoordinator } from "../helpers"

/** One of the cooperative's requests; another cooperative's id is not found (404). */
export async function GET(req: CoordinatorRequest, res: MedusaResponse) {
  const { cooperative_id } = requestingCoordinator(req)
  res.json({ product_request: await retrieveCooperativeRequest(req.scope, cooperative_id, req.params.id) })
}
