import { variantSplit } from "./split"
import type { ExchangeRateInfo, Product } from "./types"

/**
 * Average share of the price that reaches the cooperative over every priced variant, in basis
 * points, via moneySplit (the payout ledger's function). Null when nothing is priced.
 */
export function averageShareBps(products: Product[], rate: ExchangeRateInfo | null): number | null {
  let sum = 0
  let count = 0
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const split = variantSplit(variant, rate)
      if (!split) continue
      sum += split.cooperativeShareBps
      count++
    }
  }
  return count ? Math.floor(sum / count) : null
}
