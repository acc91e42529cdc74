import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { sdk, TAGS } from "./client"
import { listCooperatives } from "./cooperatives"
import { getExchangeRate } from "./exchange-rate"
import { listAllProducts } from "./products"
import { averageShareBps } from "@/lib/util/impact"
import type { Impact } from "@/lib/util/types"

/**
 * The network's numbers for the home page, from GET /store/impact. Until that route exists it
 * is derived from the cooperatives and products the store API already publishes, with the same
 * moneySplit the product page and the payout ledger use.
 */
export async function getImpact(): Promise<Impact | null> {
  try {
    return await sdk.client.fetch<Impact>("/store/impact", {
      next: { tags: [TAGS.products, TAGS.cooperatives, TAGS.exchangeRate] },
      cache: "force-cache",
    })
  } catch (error) {
    if (!(error instanceof FetchError) || error.status !== 404) {
      console.error("[telar] impact figures unavailable", error)
      return null
    }
  }
  try {
    const [cooperatives, products, rate] = await Promise.all([listCooperatives(), listAllProducts(), getExchangeRate()])
    return {
      cooperatives: cooperatives.length,
      artisans: null,
      member_families: cooperatives.reduce((sum, cooperative) => sum + (cooperative.member_families ?? 0), 0),
      products: cooperatives.reduce((sum, cooperative) => sum + cooperative.product_count, 0),
      average_cooperative_share_bps: averageShareBps(products, rate),
    }
  } catch (error) {
    console.error("[telar] impact fallback failed", error)
    return null
  }
}
