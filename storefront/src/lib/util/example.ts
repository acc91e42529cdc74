import type { MoneySplit } from "@telar/fair-trade"
import { variantSplit } from "./split"
import type { ExchangeRateInfo, Product } from "./types"

export type FairTradeExample = { title: string; handle: string; cooperative: string; split: MoneySplit }

/** One real piece's split (its first priced variant), for the home page's fair-trade example. */
export function exampleSplit(product: Product, rate: ExchangeRateInfo | null): FairTradeExample | null {
  if (!product.cooperative || !product.handle) return null
  for (const variant of product.variants ?? []) {
    const split = variantSplit(variant, rate)
    if (split) return { title: product.title ?? product.handle, handle: product.handle, cooperative: product.cooperative.name, split }
  }
  return null
}
