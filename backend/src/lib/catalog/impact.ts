import type { MedusaContainer } from "@medusajs/framework/types"
import { moneySplit, roundToMinor, type AmountLike, type ExchangeRate } from "@telar/fair-trade"
import { loadPublicNetwork } from "../cooperative/public-cooperatives"
import { loadPaidImpact } from "../payout/impact"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { StoreImpact } from "@telar/types"
import { pgConnection, textArray } from "../sql"

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

// A variant's plain prices: no price list, no rules (what a shopper pays without a promotion).
const BASE_PRICES_SQL = `
select vps.variant_id, pr.raw_amount as amount, pr.currency_code
  from product_variant v
  join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
  join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null
                and pr.price_list_id is null and coalesce(pr.rules_count, 0) = 0
 where v.deleted_at is null and v.product_id = any(?::text[])
`

const PRODUCER_PRICES_SQL = `
select l.product_variant_id as variant_id, pp.raw_amount as amount, pp.currency_code
  from product_product_variant_cooperative_producer_price l
  join producer_price pp on pp.id = l.producer_price_id and pp.deleted_at is null
  join product_variant v on v.id = l.product_variant_id and v.deleted_at is null
 where l.deleted_at is null and v.product_id = any(?::text[])
`

/** The plain prices and producer price of every variant of these products: two statements, whatever their number. */
async function impactVariants(container: MedusaContainer, productIds: string[]): Promise<ImpactVariant[]> {
  if (!productIds.length) return []
  const pg = pgConnection(container)
  const ids = textArray(productIds)
  const [prices, producerPrices] = await Promise.all([pg.raw(BASE_PRICES_SQL, [ids]), pg.raw(PRODUCER_PRICES_SQL, [ids])])
  const variants = new Map<string, ImpactVariant>()
  const variant = (id: string) => {
    const found = variants.get(id)
    if (found) return found
    const created: ImpactVariant = { prices: [], producer_price: null }
    variants.set(id, created)
    return created
  }
  for (const row of prices.rows) variant(row.variant_id).prices.push({ amount: row.amount, currency_code: row.currency_code })
  for (const row of producerPrices.rows) variant(row.variant_id).producer_price = { amount: row.amount, currency_code: row.currency_code }
  return [...variants.values()]
}

export type Impact = StoreImpact

/**
 * The network in numbers, counted from the records themselves: the published cooperatives, their
 * artisans and member families and their pieces on sale here (the totals of the cooperatives page's
 * own query), the cooperatives' average share of a USD price at the current exchange rate, and
 * what the ledger records as paid to those same cooperatives (see loadPaidImpact).
 */
export async function loadImpact(container: MedusaContainer, salesChannelIds: string[]): Promise<Impact> {
  const cooperativeService = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [network, rate] = await Promise.all([
    loadPublicNetwork(container, salesChannelIds),
    cooperativeService.currentExchangeRate("usd", "mxn"),
  ])
  const [variants, paid] = await Promise.all([
    impactVariants(container, network.pieceIds),
    // Drafts and archived cooperatives are not shown to shoppers: their payouts are not counted either.
    loadPaidImpact(container, network.cooperatives),
  ])
  const share = averageCooperativeShareBps(variants, rate ? { from: rate.from, to: rate.to, rate: rate.rate } : null)
  return { ...network.totals, average_cooperative_share_bps: share.average, ...paid }
}
