import { STORE_ARTISAN_FIELDS, STORE_COOPERATIVE_FIELDS } from "../cooperatives/query-config"

/** What shoppers may ask of Medusa's product routes about a product's cooperative, artisans and producer price. */
export const STORE_PRODUCT_COOPERATIVE_FIELDS = [
  "cooperative",
  ...STORE_COOPERATIVE_FIELDS.map((field) => `cooperative.${field}`),
  "artisans",
  ...STORE_ARTISAN_FIELDS.map((field) => `artisans.${field}`),
  "variants.producer_price",
  "variants.producer_price.amount",
  "variants.producer_price.currency_code",
]
