import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOrderReturnsResponse, StoreRequestReturnResponse } from "@telar/types"
import { orderReturnsView } from "../../../../../lib/returns/order-returns"
import { requestReturnWorkflow } from "../../../../../workflows/returns/request-return"
import type { StoreRequestReturnType } from "./validators"

/** The signed-in customer's order: which pieces may still go back (and until when), and its returns. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOrderReturnsResponse>) {
  res.json(await orderReturnsView(req.scope, req.params.id, req.auth_context.actor_id))
}

/**
 * The customer asks to return pieces of their order: one return per cooperative, received at its
 * workshop; the instructions arrive by email. 400 with the reason when a piece cannot go back.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestReturnType>, res: MedusaResponse<StoreRequestReturnResponse>) {
  const customerId = req.auth_context.actor_id
  const { result: created } = await requestReturnWorkflow(req.scope).run({
    input: { order_id: req.params.id, customer_id: customerId, items: req.validatedBody.items },
  })
  res.status(201).json({ ...(await orderReturnsView(req.scope, req.params.id, customerId)), created })
}
