import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTransfersAndReload } from "../../helpers"

/** Sends (again) the batch's Stripe transfers still pending; a payout's transfer is never made twice. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await sendTransfersAndReload(req.scope, req.params.id, req.auth_context?.actor_id ?? null))
}
