import { type AmountLike, type ExchangeRate, type MoneySplit, moneySplit, roundToMinor } from "@telar/fair-trade"

/** A variant as GET /admin/products/:id answers it with prices and the producer price link. */
export type SplitVariant = {
  id: string
  title: string | null
  sku?: string | null
  prices?: { amount: AmountLike; currency_code: string; rules?: Record<string, unknown> | null }[] | null
  producer_price?: { amount: AmountLike; currency_code: string } | null
}

export type PriceSplit = {
  currency: string
  /** The shopper's price for one unit, minor units. */
  price: number
  split: MoneySplit | null
  /** Why there is no split, in words for staff; null when there is one. */
  problem: string | null
}

/** The variant's price per currency, the ones without rules (a region- or quantity-specific price is not the list price). */
export function listPrices(variant: SplitVariant): { currency: string; amount: number }[] {
  const seen = new Map<string, number>()
  for (const price of variant.prices ?? []) {
    const currency = price.currency_code?.toLowerCase()
    if (!currency || seen.has(currency) || Object.keys(price.rules ?? {}).length) continue
    const amount = roundToMinor(price.amount, currency)
    if (amount !== null) seen.set(currency, amount)
  }
  return [...seen].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency))
}

/** The producer price stored on the variant, in minor units, or null when none is set. */
export function storedProducerPrice(variant: SplitVariant): { amount: number; currency: string } | null {
  const producer = variant.producer_price
  if (!producer?.currency_code) return null
  const amount = roundToMinor(producer.amount, producer.currency_code)
  return amount === null ? null : { amount, currency: producer.currency_code.toLowerCase() }
}

/**
 * "Where your money goes" for one unit in each of the variant's currencies: moneySplit from
 * @telar/fair-trade, the function the product page and the payout ledger use, with the rate in
 * force for prices in another currency than the producer price.
 */
export function variantPriceSplits(
  variant: SplitVariant,
  producerPrice: { amount: number; currency: string } | null,
  rate: ExchangeRate | null
): PriceSplit[] {
  return listPrices(variant).map(({ currency, amount }) => {
    if (!producerPrice) return { currency, price: amount, split: null, problem: "No producer price yet." }
    if (currency !== producerPrice.currency && !rate) {
      return {
        currency,
        price: amount,
        split: null,
        problem: `No ${currency.toUpperCase()}→${producerPrice.currency.toUpperCase()} exchange rate is set: set one under Exchange rates.`,
      }
    }
    try {
      const split = moneySplit({ price: { amount, currency }, producerPrice, exchangeRate: rate ?? undefined })
      return { currency, price: amount, split, problem: null }
    } catch (error) {
      return { currency, price: amount, split: null, problem: (error as Error).message }
    }
  })
}
