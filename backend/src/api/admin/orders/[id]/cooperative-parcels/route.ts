import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fulfillCooperativeParcel } from "../../../../../lib/fulfillment/cooperative-parcels"
import type { AdminFulfillCooperativeParcelType } from "../../validators"
import { parcelsResponse } from "./helpers"

/** The order's parcels, one per cooperative, with what each still has to send, its share of the payment and what is captured. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await parcelsResponse(req.scope, req.params.id))
}

/** Fulfills one cooperative's parcel from its own stock location (shipping it, and charging for it, is …/:cooperative_id/ship). */
export async function POST(req: AuthenticatedMedusaRequest<AdminFulfillCooperativeParcelType>, res: MedusaResponse) {
  const fulfillment = await fulfillCooperativeParcel(req.scope, req.params.id, req.validatedBody.cooperative_id, req.auth_context.actor_id)
  res.json({ fulfillment, ...(await parcelsResponse(req.scope, req.params.id)) })
}
