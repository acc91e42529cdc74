import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moneySplit, roundToMinor, type AmountLike, type ExchangeRate } from "@telar/fair-trade"
import { loadPublicNetwork, type NetworkTotals } from "../cooperative/public-cooperatives"
import { loadPaidImpact } from "../payout/impact"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { StoreImpact } from "@telar/types"

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

/** A variant's plain prices: no price list, no rules (what a shopper pays without a promotion). */
const basePrices = (prices: any[] | null | undefined) =>
  (prices ?? []).filter((price) => price && !price.price_list_id && !(price.rules_count > 0))

export type Impact = StoreImpact

/**
 * The network in numbers, counted from the records themselves: the published cooperatives, their
 * artisans and member families and their pieces on sale here (the totals of the cooperatives page's
 * own query), the cooperatives' average share of a USD price at the current exchange rate, and
 * what the ledger records as paid to those same cooperatives (see loadPaidImpact).
 */
export async function loadImpact(container: MedusaContainer, salesChannelIds: string[]): Promise<Impact> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeService = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [network, rate] = await Promise.all([
    loadPublicNetwork(container, salesChannelIds),
    cooperativeService.currentExchangeRate("usd", "mxn"),
  ])
  const [{ data: products }, paid] = await Promise.all([
    network.pieceIds.length
      ? query.graph({
          entity: "product",
          fields: [
            "id",
            "variants.id",
            "variants.prices.amount",
            "variants.prices.currency_code",
            "variants.prices.price_list_id",
            "variants.prices.rules_count",
            "variants.producer_price.amount",
            "variants.producer_price.currency_code",
          ],
          filters: { id: network.pieceIds },
        })
      : { data: [] },
    // Drafts and archived cooperatives are not shown to shoppers: their payouts are not counted either.
    loadPaidImpact(container, network.cooperatives),
  ])
  const variants: ImpactVariant[] = (products as any[]).flatMap((product) =>
    (product.variants ?? []).filter(Boolean).map((variant: any) => ({
      prices: basePrices(variant.prices),
      producer_price: variant.producer_price ?? null,
    }))
  )
  const share = averageCooperativeShareBps(variants, rate ? { from: rate.from, to: rate.to, rate: rate.rate } : null)
  return { ...network.totals, average_cooperative_share_bps: share.average, ...paid }
}
