import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminRequest } from "../../../../../lib/product-request/admin-requests"
import { returnProductRequestWorkflow } from "../../../../../workflows/product-request/return-product-request"
import type { AdminReturnProductRequestType } from "../../validators"

/** Sends a pending request back to the coordinator with a comment (they are mailed, in their language). */
export async function POST(req: AuthenticatedMedusaRequest<AdminReturnProductRequestType>, res: MedusaResponse) {
  await returnProductRequestWorkflow(req.scope).run({
    input: { id: req.params.id, reviewed_by: req.auth_context.actor_id, comment: req.validatedBody.comment },
  })
  res.json({ product_request: await retrieveAdminRequest(req.scope, req.params.id) })
}
