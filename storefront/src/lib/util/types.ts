import type { HttpTypes } from "@medusajs/types"

import type { StoreArtisan, StoreCatalogPage, StoreCooperative } from "@telar/types"

/** Telar's store API shapes: the backend's own routes' answers come from @telar/types. */

export type {
  StoreArtisan as Artisan,
  StoreCatalogFacets as CatalogFacets,
  StoreCatalogProduct as CatalogProduct,
  StoreCooperative as Cooperative,
  StoreCooperativeDetail as CooperativeDetail,
  StoreCooperativeProduct as CooperativeProductSummary,
  StoreImpact as Impact,
  StorePriceText as PriceText,
} from "@telar/types"

export type CatalogResult = StoreCatalogPage & {
  /** The search index could not answer this query (the backend said 503). */
  searchUnavailable?: boolean
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
  cooperative?: Omit<StoreCooperative, "product_count"> | null
  artisans?: StoreArtisan[] | null
}
