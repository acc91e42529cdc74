import type { ChiapasRegion, CoordinatorLanguage, CooperativeStatus, LedgerEntryType, PayoutMethod } from "./constants"

/** The shapes the admin routes under /admin/cooperatives and /admin/exchange-rates answer (dates as ISO text). */

export type AdminPayoutAccount = {
  id: string
  method: PayoutMethod
  account_holder: string
  clabe: string | null
  stripe_account_id: string | null
  currency_code: string
}

export type AdminArtisan = {
  id: string
  handle: string
  name: string
  craft: string
  craft_es: string | null
  bio_en: string
  bio_es: string
  portrait_url: string | null
  products?: { id: string }[] | null
}

export type AdminCooperative = {
  id: string
  handle: string
  name: string
  community: string
  municipality: string
  region: ChiapasRegion
  status: CooperativeStatus
  latitude: number
  longitude: number
  founded_year: number | null
  member_families: number | null
  languages: string[] | null
  crafts: string[] | null
  crafts_es: string[] | null
  story_en: string
  story_es: string
  logo_url: string | null
  cover_url: string | null
  contact_email: string | null
  contact_phone: string | null
  is_demo: boolean
  created_at: string
  updated_at: string
  payout_account: AdminPayoutAccount | null
  artisans: AdminArtisan[] | null
  stock_location: { id: string; name: string } | null
  products?: { id: string; title?: string; handle?: string }[] | null
}

export type AdminCoordinator = {
  id: string
  name: string
  email: string
  phone: string | null
  preferred_language: CoordinatorLanguage
  status: "invited" | "active" | "disabled"
  created_at: string
  cooperative_id: string
}

export type AdminStockChange = {
  id: string
  created_at: string
  actor_type: "coordinator" | "user"
  actor_id: string
  source: "portal" | "offline_sync" | "admin"
  variant_id: string
  location_id: string
  outcome: "applied" | "refused" | "conflict"
  previous_quantity: number
  new_quantity: number
  reserved_quantity: number
}

export type AdminLedgerEntry = {
  id: string
  created_at: string
  type: LedgerEntryType
  /** Signed, integer centavos. */
  amount: number
  currency_code: string
  order_id: string | null
  line_item_id: string | null
  return_id: string | null
  refund_id: string | null
  payout_id: string | null
  actor_type: "system" | "user"
  actor_id: string | null
  note: string | null
}

export type AdminLedgerPage = {
  cooperative_id: string
  balance: { amount: number; currency_code: string }
  ledger_entries: AdminLedgerEntry[]
  count: number
  offset: number
  limit: number
}

export type AdminProducerPriceRow = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string | null
  sku: string | null
  amount: number | string | null
  currency_code: string | null
}

export type AdminExchangeRate = {
  id: string
  from_currency: string
  to_currency: string
  rate: string
  set_by: string | null
  note: string | null
  created_at: string
}
