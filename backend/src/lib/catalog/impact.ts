import { moneySplit, roundToMinor, type AmountLike, type ExchangeRate } from "@telar/fair-trade"

/** A variant as far as the impact numbers need it. */
export type ImpactVariant = {
  prices: { amount: AmountLike; currency_code: string }[]
  producer_price: { amount: AmountLike; currency_code: string } | null
}

/** The variant's USD price in minor units: its lowest USD price, if it has one. */
function usdPrice(variant: ImpactVariant): number | null {
  const amounts = variant.prices
    .filter((price) => price.currency_code?.toLowerCase() === "usd")
    .map((price) => roundToMinor(price.amount, "usd"))
    .filter((amount): amount is number => amount !== null)
  return amounts.length ? Math.min(...amounts) : null
}

/**
 * The cooperatives' share of a USD price, in basis points, averaged over every variant that has
 * both a producer price and a USD price; the same split the product page shows. Rounded down to
 * an integer, so the share is never overstated. Null when no variant qualifies or no exchange rate
 * is set (nothing honest to say).
 */
export function averageCooperativeShareBps(variants: ImpactVariant[], exchangeRate: ExchangeRate | null) {
  if (!exchangeRate) return { average: null, variants: 0 }
  let sum = 0
  let counted = 0
  for (const variant of variants) {
    const price = usdPrice(variant)
    const producer = variant.producer_price
    if (price === null || price === 0 || !producer?.currency_code) continue
    const producerAmount = roundToMinor(producer.amount, producer.currency_code)
    // A producer price in a currency the rate does not convert says nothing about this rate.
    if (producerAmount === null || ![exchangeRate.from, exchangeRate.to].includes(producer.currency_code.toLowerCase())) continue
    const split = moneySplit({
      price: { amount: price, currency: "usd" },
      producerPrice: { amount: producerAmount, currency: producer.currency_code },
      exchangeRate,
    })
    sum += split.cooperativeShareBps
    counted++
  }
  if (!counted) return { average: null, variants: 0 }
  return { average: Math.floor(sum / counted), variants: counted }
}
