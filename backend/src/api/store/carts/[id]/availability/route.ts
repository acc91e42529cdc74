import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartAvailability } from "../../../../../lib/checkout/cart-availability"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await cartAvailability(req.scope, req.params.id))
}
