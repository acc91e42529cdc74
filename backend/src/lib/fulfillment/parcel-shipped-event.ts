/** Emitted once a cooperative's parcel of an order has been marked shipped (workflows/fulfillment/ship-cooperative-parcel). */
export const PARCEL_SHIPPED_EVENT = "telar.cooperative_parcel.shipped"

export type ParcelShippedEvent = {
  order_id: string
  cooperative_id: string
  carrier: string | null
  tracking_number: string | null
  tracking_url: string | null
  /** What this shipment took from the shopper's card (minor units), and whether it paid this parcel or the whole order. */
  charged: { amount: number; currency_code: string; covers: "parcels" | "order" } | null
}
