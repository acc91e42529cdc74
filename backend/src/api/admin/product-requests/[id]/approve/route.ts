import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminRequest } from "../../../../../lib/product-request/admin-requests"
import { approveProductRequestWorkflow } from "../../../../../workflows/product-request/approve-product-request"
import type { AdminApproveProductRequestType } from "../../validators"

/** Creates the piece's product (draft, then published) and marks the request approved; a second approval is refused. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveProductRequestType>, res: MedusaResponse) {
  await approveProductRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, reviewed_by: req.auth_context.actor_id },
  })
  res.json({ product_request: await retrieveAdminRequest(req.scope, req.params.id) })
}
