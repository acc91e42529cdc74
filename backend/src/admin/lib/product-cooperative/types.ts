import type { CooperativeStatus } from "../constants"
import type { SplitVariant } from "../product-split"

/** The product as the Cooperative widget reads it (GET /admin/products/:id with PRODUCT_FIELDS). */
export type WidgetProduct = {
  id: string
  title: string
  cooperative: { id: string; name: string; handle: string; status: CooperativeStatus } | null
  artisans: ({ id: string; name: string } | null)[] | null
  variants: SplitVariant[] | null
}

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "cooperative.id",
  "cooperative.name",
  "cooperative.handle",
  "cooperative.status",
  "artisans.id",
  "artisans.name",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_rules.attribute",
  "variants.prices.price_rules.value",
  "variants.producer_price.amount",
  "variants.producer_price.currency_code",
].join(",")
