import "server-only"
import Medusa from "@medusajs/js-sdk"

const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/**
 * The one Medusa client. Server-side only: the publishable key is read at run time, so one
 * build serves any database.
 */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  debug: false,
})

/** Cache tags shared by every visitor; the backend's revalidation hook invalidates them. */
export const TAGS = {
  products: "products",
  cooperatives: "cooperatives",
  categories: "categories",
  regions: "regions",
  exchangeRate: "exchange-rate",
  // The home page's paid figures: the backend sends it when a payout is marked paid.
  impact: "impact",
} as const

/**
 * Seconds a shared catalog answer is kept at most. The tags make a change show at once; this only
 * bounds how long a missed revalidation (storefront down, a render racing the hook) can last.
 */
export const SHARED_REVALIDATE = 300
