import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartOrReleaseHold } from "../../../lib/checkout/complete-cart"

const STATUS_BY_TYPE: Record<string, number> = {
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.CONFLICT]: 409,
  [MedusaError.Types.DUPLICATE_ERROR]: 422,
}
// Medusa answers these with the cart (200) so the shopper can retry the payment.
const PAYMENT_TYPES = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * Takes over POST /store/carts/:id/complete (same request and answer shapes as Medusa's route) so
 * that a completion that fails also gives the shopper's card hold back in the same request, and
 * the answer says so (`payment_released`).
 */
export async function completeCartOrRelease(req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  const cartId = req.params.id
  const result = await completeCartOrReleaseHold(req.scope, cartId, "store")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (result.status === "busy") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This cart is already being completed. Please wait a moment and reload.")
  }
  if (result.status === "order") {
    const { data } = await query.graph({
      entity: "order",
      fields: req.queryConfig?.fields ?? ["id", "display_id", "email", "total", "currency_code", "*items"],
      filters: { id: result.orderId },
    })
    return res.status(200).json({ type: "order", order: data[0] })
  }
  const payment_released = result.card_released
  const note = payment_released ? " Your card authorization has been cancelled: nothing will be charged." : ""
  const error = { message: `${result.error.message}${note}`, name: result.error.name, type: result.error.type }
  if (result.error.type && PAYMENT_TYPES.includes(result.error.type as (typeof PAYMENT_TYPES)[number])) {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["*", "*items", "*payment_collection", "*payment_collection.payment_sessions"],
      filters: { id: cartId },
    })
    return res.status(200).json({ type: "cart", cart: data[0], error, payment_released })
  }
  const status = STATUS_BY_TYPE[result.error.type ?? ""] ?? 500
  return res.status(status).json({ type: result.error.type ?? "unknown_error", message: error.message, payment_released })
}
