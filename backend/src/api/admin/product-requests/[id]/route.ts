import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminRequest } from "../../../../lib/product-request/admin-requests"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product_request: await retrieveAdminRequest(req.scope, req.params.id) })
}
