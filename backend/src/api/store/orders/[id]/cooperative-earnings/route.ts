import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOrderCooperativeEarnings } from "@telar/types"
import { orderCooperativeEarnings } from "../../../../../lib/payout/impact-order-earnings"

/** What each cooperative earned from this order (the ledger's earnings minus reversals), for the order page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOrderCooperativeEarnings>) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  res.json({ cooperative_earnings: await orderCooperativeEarnings(req.scope, req.params.id, customerId) })
}
