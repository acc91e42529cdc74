import type { HttpTypes } from "@medusajs/types"

/** Telar's store API shapes (backend/src/api/store/*), as the storefront reads them. */

export type Cooperative = {
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
  product_count: number
}

export type Artisan = {
  id: string
  handle: string
  name: string
  craft: string | null
  craft_es: string | null
  bio_en: string | null
  bio_es: string | null
  portrait_url: string | null
}

export type CooperativeProductSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

export type CooperativeDetail = Cooperative & {
  artisans: Artisan[]
  products: CooperativeProductSummary[]
}

/** A price in major units as decimal text ("128.00"), as the catalog endpoint sends it. */
export type PriceText = { amount: string; currency_code: string }

export type CatalogProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  technique: string | null
  category: { handle: string; name: string } | null
  cooperative: { handle: string; name: string; community: string } | null
  price: PriceText | null
  one_of_a_kind: boolean
  in_stock: boolean
  inventory: number
}

export type CatalogFacets = {
  categories: { handle: string; name: string; count: number }[]
  cooperatives: { handle: string; name: string; count: number }[]
  /** `value` is a key of the backend's short list; `label` its English name. */
  techniques: { value: string; label: string; count: number }[]
  price: { min: string; max: string; currency_code: string } | null
}

export type CatalogResult = {
  products: CatalogProduct[]
  count: number
  page: number
  limit: number
  pages: number
  facets: CatalogFacets
  /** The search index could not answer this query (the backend said 503). */
  searchUnavailable?: boolean
}

export type Impact = {
  cooperatives: number
  artisans: number | null
  member_families: number
  products: number
  /** Average share of the shopper's price that reaches the cooperative, in basis points. */
  average_cooperative_share_bps: number | null
}

export type ExchangeRateInfo = { from: string; to: string; rate: string; set_at?: string }

/** What the cooperative receives per unit, in its payout currency, major units. */
export type ProducerPrice = { amount: number | string; currency_code: string }

export type ProductVariant = HttpTypes.StoreProductVariant & {
  producer_price?: ProducerPrice | null
}

/** A product with Telar's links (cooperative, artisans) and the producer price per variant. */
export type Product = Omit<HttpTypes.StoreProduct, "variants"> & {
  variants: ProductVariant[] | null
  cooperative?: Omit<Cooperative, "product_count"> | null
  artisans?: Artisan[] | null
}
