/** What Telar's own /store routes answer: the backend builds these, the storefront reads them. */

export type StoreCooperative = {
  id: string
  handle: string
  name: string
  community: string
  municipality: string
  region: string
  latitude: number | null
  longitude: number | null
  founded_year: number | null
  member_families: number | null
  languages: string[]
  crafts: string[]
  /** The crafts' Spanish names, in the same order (empty when staff have not written them). */
  crafts_es: string[]
  story_en: string | null
  story_es: string | null
  logo_url: string | null
  cover_url: string | null
  is_demo: boolean
  /** Published pieces on sale through the publishable key's sales channels. */
  product_count: number
}

export type StoreArtisan = {
  id: string
  handle: string
  name: string
  craft: string | null
  craft_es: string | null
  bio_en: string | null
  bio_es: string | null
  portrait_url: string | null
}

export type StoreCooperativeProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

/** GET /store/cooperatives/:handle */
export type StoreCooperativeDetail = StoreCooperative & {
  artisans: StoreArtisan[]
  products: StoreCooperativeProduct[]
}

/** GET /store/cooperatives */
export type StoreCooperativeList = { cooperatives: StoreCooperative[]; count: number }

/** A price in major units as decimal text ("128.00"), as the catalog sends it. */
export type StorePriceText = { amount: string; currency_code: string }

export type StoreCatalogProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** The piece's own words for how it was made. */
  technique: string | null
  category: { handle: string; name: string } | null
  cooperative: { handle: string; name: string; community: string } | null
  /** The lowest variant price in the region's currency; null without a region or price. */
  price: StorePriceText | null
  one_of_a_kind: boolean
  in_stock: boolean
  inventory: number
}

export type StoreCatalogFacets = {
  categories: { handle: string; name: string; count: number }[]
  cooperatives: { handle: string; name: string; count: number }[]
  /** `value` is a key of the backend's short list of techniques; `label` its English name. */
  techniques: { value: string; label: string; count: number }[]
  price: { min: string; max: string; currency_code: string } | null
}

/** GET /store/catalog */
export type StoreCatalogPage = {
  products: StoreCatalogProduct[]
  count: number
  page: number
  limit: number
  pages: number
  facets: StoreCatalogFacets
}

/** GET /store/impact: the network in numbers, over the cooperatives the cooperatives page lists. */
export type StoreImpact = {
  cooperatives: number
  artisans: number
  member_families: number
  products: number
  /** Average share of the shopper's price that reaches the cooperative, in basis points. */
  average_cooperative_share_bps: number | null
  /** What the ledger records as paid out to these cooperatives so far: payouts marked paid, in centavos. */
  paid_to_cooperatives: { amount: number; currency_code: "mxn" }
  /** Member families of these cooperatives that have received at least one paid payout. */
  families_reached: number
}

/** One cooperative's part of an order: its earnings from the order's lines minus their reversals. */
export type StoreOrderCooperativeEarning = {
  cooperative: { id: string; handle: string; name: string }
  /** Integer minor units of the ledger's currency (centavos). */
  amount: number
  currency_code: "mxn"
  /** The same amount in the order's currency at the exchange rate of the order's moment; null when the ledger holds no rate for it. */
  order_currency_amount: { amount: number; currency_code: string } | null
}

/** GET /store/orders/:id/cooperative-earnings: empty until the order's earnings are written. */
export type StoreOrderCooperativeEarnings = { cooperative_earnings: StoreOrderCooperativeEarning[] }
