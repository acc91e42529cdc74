import Medusa from "@medusajs/js-sdk"

const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/**
 * The one Medusa client, used on the server only (the shop's pages and route handlers, the
 * portal's pages): the publishable key is read at run time, so one build serves any database.
 * No "server-only" mark: the pages router, which serves the portal, refuses it; it holds no
 * secret and no visitor's state (those are in ./cookies, which is marked).
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
