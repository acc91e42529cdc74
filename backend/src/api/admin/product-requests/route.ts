import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminRequests } from "../../../lib/product-request/admin-requests"
import type { ProductRequestListQueryType } from "../../../lib/product-request/list-query"

/** Every cooperative's proposed pieces; ?status=pending lists what waits, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest & { validatedQuery: ProductRequestListQueryType }, res: MedusaResponse) {
  const { status, cooperative_id, limit, offset } = req.validatedQuery
  const page = await listAdminRequests(
    req.scope,
    { status: status === undefined ? undefined : [status].flat(), cooperative_id },
    { skip: offset, take: limit }
  )
  res.json({ ...page, offset, limit })
}
