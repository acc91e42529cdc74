/** What /admin/orders/:id/cooperative-parcels answers: an order's parcels, one per cooperative, as staff pack, ship and charge them. */
import type { ParcelProgress } from "./coordinator-orders"

/** Where an order goes, as staff, cooperatives and the shopper's mails read it. */
export type ShipTo = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string
  phone: string | null
}

// The names Medusa and the seed give a piece without choices: never shown, in the shop or to staff.
const PLACEHOLDER_NAME = /^default( option( value)?| variant)?$/i

/** Whether a variant or option name is Medusa's placeholder for a piece without choices ("Default", "Default variant"…). */
export function isPlaceholderName(name: string | null | undefined): boolean {
  return PLACEHOLDER_NAME.test(name?.trim() ?? "")
}

/** One real choice of a variant: the option's name ("Talla", empty when unknown) and its value ("M"). */
export type VariantChoice = { option: string; value: string }

/** "Talla: M, Color: Añil": a piece's real choices as pick lists, mails and the admin write them; null for a piece without choices. */
export function choicesText(choices: readonly VariantChoice[]): string | null {
  return choices.map((choice) => (choice.option ? `${choice.option}: ${choice.value}` : choice.value)).join(", ") || null
}

export type ParcelItem = {
  id: string
  title: string
  sku: string | null
  /** The variant's real choices; empty for a piece without choices. */
  options: VariantChoice[]
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  remaining: number
}

/** One of Medusa's fulfillments of a parcel's pieces, with what was recorded when it shipped. */
export type ParcelFulfillment = {
  id: string
  location_id: string | null
  shipped_at: string | null
  carrier: string | null
  tracking_numbers: string[]
  tracking_url: string | null
}

export type CooperativeParcel = {
  cooperative: { id: string; name: string } | null
  location_id: string | null
  /** The order's shipping method for this parcel (its option belongs to the cooperative's location). */
  shipping_option_id: string | null
  shipping_method_name: string | null
  items: ParcelItem[]
  /** What the cooperative's coordinator reported: ready, handed to a carrier (with the guide number), by whom and when. */
  progress: ParcelProgress
  /** What the shopper pays for this parcel: its lines and its shipping method, taxes and discounts included (minor units). */
  share: number
  /** Every piece of the parcel is on a fulfillment marked shipped. */
  shipped: boolean
  fulfillments: ParcelFulfillment[]
}

/** GET /admin/orders/:id/cooperative-parcels, and what fulfilling or shipping a parcel answers besides. */
export type AdminCooperativeParcels = {
  order: { id: string; display_id: number | null; status: string; currency_code: string; ship_to: ShipTo | null }
  parcels: CooperativeParcel[]
  /** The order's card payment: authorized and captured so far (minor units); null for an order paid some other way. */
  payment: { currency_code: string; authorized: number; captured: number; fully_captured: boolean } | null
}

/** POST /admin/orders/:id/cooperative-parcels/:cooperative_id/ship. */
export type AdminShipCooperativeParcel = AdminCooperativeParcels & {
  shipment: {
    /** already_shipped: the parcel had shipped before; nothing more was fulfilled, captured or mailed. */
    outcome: "shipped" | "already_shipped"
    cooperative: { id: string; name: string }
    fulfillment_ids: string[]
    /** Captured now for this parcel (minor units). */
    charged: number
    /** Stripe's totals after it: captured and authorized so far. */
    captured_total: number
    authorized: number
    currency_code: string | null
  }
}
