/** What GET/POST /coordinator/orders answer, and the parcel status staff see on an order. */
import type { ShipTo } from "./cooperative-parcels"

/** Where a cooperative's parcel of an order stands; it only moves forward, in this order ("ready" may be skipped). */
export const PARCEL_STATUSES = ["pending", "ready", "handed_to_carrier"] as const
export type ParcelStatus = (typeof PARCEL_STATUSES)[number]

/** Who moved a parcel: a coordinator (by name), or null when the record is gone. */
export type ParcelActor = { id: string; name: string | null }

/** A cooperative's parcel of one order: its status, who moved it and when (ISO dates), and how it travels. */
export type ParcelProgress = {
  status: ParcelStatus
  ready_at: string | null
  ready_by: ParcelActor | null
  handed_at: string | null
  handed_by: ParcelActor | null
  carrier: string | null
  tracking_number: string | null
}

/** One of the cooperative's own lines of an order: what to pack. No prices. */
export type CoordinatorOrderLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  /** The piece's name in the coordinator's language when it has a translation. */
  title: string
  /** The variant's choices ("Talla" / "M"); empty for a piece without choices. */
  options: { name: string; value: string }[]
  sku: string | null
  thumbnail: string | null
  quantity: number
}

/** Where the parcel goes: the shipping address, with the shopper's first and last name as one. */
export type CoordinatorShipTo = Omit<ShipTo, "first_name" | "last_name"> & { name: string }

/** An order as a cooperative sees it: only its own lines, the address, and its own parcel's shipping and status. */
export type CoordinatorOrder = {
  id: string
  display_id: number | null
  created_at: string
  /** A canceled order is not to be sent (the list leaves canceled orders out; one order's page says so). */
  canceled: boolean
  lines: CoordinatorOrderLine[]
  ship_to: CoordinatorShipTo | null
  /** The shipping the shopper chose for this cooperative's parcel: a Telar speed, and the method's name as stored. */
  shipping: { speed: "standard" | "express" | null; name: string | null } | null
  parcel: ParcelProgress
}

/** GET /coordinator/orders: newest first. */
export type CoordinatorOrderList = { orders: CoordinatorOrder[]; count: number; offset: number; limit: number }

/** POST /coordinator/orders/:id/parcel. */
export type ParcelStatusResult = {
  order: CoordinatorOrder
  /** True when nothing changed: the parcel already stood there (a repeated or replayed request). */
  replayed: boolean
  /** What happened, in the coordinator's language. */
  message: string
}
