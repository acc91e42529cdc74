import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminCooperativeParcels } from "@telar/types"
import { loadParcelOrder } from "../../../../../lib/fulfillment/cooperative-parcels"
import { orderPayment } from "../../../../../lib/fulfillment/parcel-payment"

/** The order's parcels as the admin widget shows them, with the card payment: authorized and captured so far (minor units). */
export async function parcelsResponse(container: MedusaContainer, orderId: string): Promise<AdminCooperativeParcels> {
  const order = await loadParcelOrder(container, orderId)
  const payment = await orderPayment(container, orderId)
  return {
    order: { id: order.id, display_id: order.display_id, status: order.status, currency_code: order.currency_code, ship_to: order.ship_to },
    parcels: order.parcels,
    payment: payment
      ? {
          currency_code: payment.currency_code,
          authorized: payment.authorized,
          captured: payment.captured,
          fully_captured: payment.fully_captured,
        }
      : null,
  }
}
