import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeParcels, fulfillCooperativeParcel } from "../../../../../lib/fulfillment/cooperative-parcels"
import type { AdminFulfillCooperativeParcelType } from "../../validators"

/** The order's parcels, one per cooperative, with what each still has to send. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ parcels: await cooperativeParcels(req.scope, req.params.id) })
}

/** Fulfills one cooperative's parcel from its own stock location. */
export async function POST(req: AuthenticatedMedusaRequest<AdminFulfillCooperativeParcelType>, res: MedusaResponse) {
  const fulfillment = await fulfillCooperativeParcel(req.scope, req.params.id, req.validatedBody.cooperative_id, req.auth_context.actor_id)
  res.json({ fulfillment, parcels: await cooperativeParcels(req.scope, req.params.id) })
}
