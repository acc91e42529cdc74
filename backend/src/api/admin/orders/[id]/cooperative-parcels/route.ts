import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { cooperativeParcels } from "../../../../../lib/fulfillment/cooperative-parcels"
import type { AdminFulfillCooperativeParcelType } from "../../validators"

/** The order's parcels, one per cooperative, with what each still has to send. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ parcels: await cooperativeParcels(req.scope, req.params.id) })
}

/**
 * Fulfills one cooperative's parcel: its unsent pieces, from its own stock location, with its own
 * shipping method (Medusa's fulfillment workflow, which moves the stock and its reservations).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminFulfillCooperativeParcelType>, res: MedusaResponse) {
  const parcels = await cooperativeParcels(req.scope, req.params.id)
  const parcel = parcels.find((candidate) => candidate.cooperative?.id === req.validatedBody.cooperative_id)
  if (!parcel) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This order has no pieces from cooperative "${req.validatedBody.cooperative_id}".`)
  }
  const items = parcel.items.filter((item) => item.remaining > 0).map((item) => ({ id: item.id, quantity: item.remaining }))
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${parcel.cooperative?.name}'s parcel has already been fulfilled.`)
  }
  if (!parcel.shipping_option_id || !parcel.location_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${parcel.cooperative?.name}'s parcel has no shipping method of its own on this order; fulfill it from the order page instead.`
    )
  }
  const { result } = await createOrderFulfillmentWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      items,
      location_id: parcel.location_id,
      shipping_option_id: parcel.shipping_option_id,
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ fulfillment: { id: result.id, location_id: result.location_id }, parcels: await cooperativeParcels(req.scope, req.params.id) })
}
