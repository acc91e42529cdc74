import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminShipCooperativeParcel } from "@telar/types"
import { shipCooperativeParcelWorkflow } from "../../../../../../../workflows/fulfillment/ship-cooperative-parcel"
import { parcelsResponse } from "../../helpers"
import type { AdminShipCooperativeParcelType } from "../../validators"

/**
 * Ships one cooperative's parcel: fulfills what is left from its location, charges the card for it,
 * marks it shipped and emails the shopper. Again for a shipped parcel: outcome "already_shipped", nothing more.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminShipCooperativeParcelType>,
  res: MedusaResponse<AdminShipCooperativeParcel>
) {
  const { result } = await shipCooperativeParcelWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      cooperative_id: req.params.cooperative_id,
      actor_id: req.auth_context.actor_id,
      ...req.validatedBody,
    },
  })
  res.json({ shipment: result, ...(await parcelsResponse(req.scope, req.params.id)) })
}
