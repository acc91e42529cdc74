import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { averageCooperativeShareBps, type ImpactVariant } from "../../../lib/catalog/impact"
import { listPublicCooperatives } from "../../../lib/cooperative/public-cooperatives"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** A variant's plain prices: no price list, no rules (what a shopper pays without a promotion). */
const basePrices = (prices: any[] | null | undefined) =>
  (prices ?? []).filter((price) => price && !price.price_list_id && !(price.rules_count > 0))

/**
 * The network in numbers, counted from the records themselves: cooperatives, their artisans and
 * member families, the published pieces on sale here, and the cooperatives' average share of a
 * USD price (the same split each product page shows) at the current exchange rate.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeService = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const salesChannelIds = new Set(req.publishable_key_context?.sales_channel_ids ?? [])

  const [cooperatives, { data: products }, rate] = await Promise.all([
    listPublicCooperatives(req.scope),
    query.graph({
      entity: "product",
      fields: [
        "id",
        "sales_channels.id",
        "variants.id",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.prices.price_list_id",
        "variants.prices.rules_count",
        "variants.producer_price.amount",
        "variants.producer_price.currency_code",
      ],
      filters: { status: ProductStatus.PUBLISHED },
    }),
    cooperativeService.currentExchangeRate("usd", "mxn"),
  ])

  const onSale = (products as any[]).filter((product) =>
    (product.sales_channels ?? []).some((channel: any) => channel && salesChannelIds.has(channel.id))
  )
  const variants: ImpactVariant[] = onSale.flatMap((product) =>
    (product.variants ?? []).filter(Boolean).map((variant: any) => ({
      prices: basePrices(variant.prices),
      producer_price: variant.producer_price ?? null,
    }))
  )
  const share = averageCooperativeShareBps(variants, rate ? { from: rate.from, to: rate.to, rate: rate.rate } : null)

  res.json({
    cooperatives: cooperatives.length,
    artisans: cooperatives.reduce((sum, cooperative) => sum + cooperative.artisan_count, 0),
    member_families: cooperatives.reduce((sum: number, cooperative: any) => sum + (cooperative.member_families ?? 0), 0),
    products: onSale.length,
    average_cooperative_share_bps: share.average,
  })
}
