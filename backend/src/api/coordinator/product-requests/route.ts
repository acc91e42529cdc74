import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProductRequestListQueryType } from "../../../lib/product-request/list-query"
import { listCooperativeRequests, submitProductRequest } from "../../../lib/product-request/requests"
import type { CoordinatorRequest } from "../helpers"
import { requestingCoordinator } from "./helpers"
import type { CoordinatorSubmitProductRequestType } from "./validators"

/** The coordinator's cooperative's proposed pieces and where each stands, newest first. */
export async function GET(req: CoordinatorRequest & { validatedQuery: ProductRequestListQueryType }, res: MedusaResponse) {
  const coordinator = requestingCoordinator(req)
  const { status, limit, offset } = req.validatedQuery
  const page = await listCooperativeRequests(req.scope, coordinator.cooperative_id, {
    status: status === undefined ? undefined : [status].flat(),
    skip: offset,
    take: limit,
  })
  res.json({ ...page, offset, limit })
}

/** Proposes a new piece; a retry with the same client_request_id answers 200 with the first one. */
export async function POST(req: CoordinatorRequest<CoordinatorSubmitProductRequestType>, res: MedusaResponse) {
  const { product_request, replayed } = await submitProductRequest(req.scope, requestingCoordinator(req), req.validatedBody)
  res.status(replayed ? 200 : 201).json({ product_request, replayed })
}
