import { moneySplit, toMinor, type MoneySplit } from "@telar/fair-trade"
import type { ExchangeRateInfo, ProductVariant } from "./types"

/**
 * "Where your money goes" for one unit of a variant: its calculated price in the shopper's
 * currency against the cooperative's producer price, through moneySplit from @telar/fair-trade,
 * the function the backend's average cooperative share (the impact figures) also uses. Null when
 * the variant has no price, no producer price, or needs an exchange rate that is missing.
 */
export function variantSplit(
  variant: Pick<ProductVariant, "calculated_price" | "producer_price"> | undefined | null,
  rate: ExchangeRateInfo | null
): MoneySplit | null {
  const calculated = variant?.calculated_price
  const producer = variant?.producer_price
  if (!producer || calculated?.calculated_amount == null || !calculated.currency_code) return null
  try {
    return moneySplit({
      price: { amount: toMinor(calculated.calculated_amount, calculated.currency_code), currency: calculated.currency_code },
      producerPrice: { amount: toMinor(producer.amount, producer.currency_code), currency: producer.currency_code },
      exchangeRate: rate ? { from: rate.from, to: rate.to, rate: rate.rate } : undefined,
    })
  } catch {
    return null
  }
}
