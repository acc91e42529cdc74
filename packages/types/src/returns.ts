/**
 * Shoppers' self-service returns: what `GET /store/orders/:id/returns` answers and what
 * `POST /store/orders/:id/returns` takes. Money is in integer minor units of the order's currency.
 */

/** Why a piece goes back; the storefront words each code in the shopper's language. */
export const RETURN_REASONS = ["wrong_size", "not_as_described", "arrived_damaged", "changed_mind", "other"] as const
export type ReturnReasonCode = (typeof RETURN_REASONS)[number]

export function isReturnReason(value: unknown): value is ReturnReasonCode {
  return typeof value === "string" && (RETURN_REASONS as readonly string[]).includes(value)
}

/** A cooperative's workshop, where its pieces go back to. */
export type StoreReturnAddress = {
  name: string
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

/** A piece of the order and how much of it may still go back. */
export type StoreReturnablePiece = {
  line_item_id: string
  title: string
  /** The variant's real choices ("Talla: M"); null for a piece without choices. */
  variant: string | null
  thumbnail: string | null
  quantity: number
  /** Units shipped and not yet in a return, while the window is open; 0 otherwise. */
  returnable: number
  /** When the window to ask for its return closes (ISO); null until the order's last parcel ships. */
  window_closes_at: string | null
  cooperative: { id: string; name: string } | null
}

export type StoreReturnStatus = "requested" | "partially_received" | "received" | "canceled"

export type StoreReturnRefund = {
  currency_code: string
  /** What the shopper is owed for the pieces of this return (all of them, once received). */
  expected: number
  /** Given back to the card so far. */
  refunded: number
  /** Owed back but already given back another way (a refund staff made by hand) or never taken from the card. */
  settled_otherwise: number
}

export type StoreOrderReturn = {
  id: string
  status: StoreReturnStatus
  requested_at: string | null
  received_at: string | null
  cooperative: { id: string; name: string } | null
  /** Where to send the parcel. */
  address: StoreReturnAddress | null
  items: {
    line_item_id: string
    title: string
    variant: string | null
    quantity: number
    received_quantity: number
    reason: ReturnReasonCode | null
  }[]
  refund: StoreReturnRefund
}

/** GET /store/orders/:id/returns */
export type StoreOrderReturnsResponse = {
  order_id: string
  /** Days from the order's last shipment during which its pieces may be asked back. */
  window_days: number
  /** Why no piece may be asked back yet: parcels still to ship (their cooperatives' names), or the payment not settled. */
  waiting: { unshipped: string[]; payment_unsettled: boolean } | null
  pieces: StoreReturnablePiece[]
  returns: StoreOrderReturn[]
}

/** POST /store/orders/:id/returns */
export type StoreRequestReturnBody = {
  items: { line_item_id: string; quantity: number; reason: ReturnReasonCode; note?: string }[]
}

/** The order's returns after the request; `created` names the returns it opened (one per cooperative). */
export type StoreRequestReturnResponse = StoreOrderReturnsResponse & { created: string[] }
