import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderParcels } from "../../../../../lib/checkout/order-parcels"

/** Which cooperative ships each shipping method of an order, and at which speed. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ parcels: await orderParcels(req.scope, req.params.id) })
}
