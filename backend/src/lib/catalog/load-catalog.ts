import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { roundToMinor, tracksStock, variantAvailability } from "@telar/fair-trade"
import { isPublicPiece } from "../cooperative/visibility"
import type { CatalogItem } from "./items"
import { techniqueKeys } from "./techniques"

/** More hits than the catalog holds products, so a query never silently loses matches. */
const MAX_SEARCH_HITS = 2000

/** The search index could not answer a query: the shopper gets a 503, staff an error in the log. */
export class SearchUnavailableError extends Error {}

type Query = Omit<RemoteQueryFunction, symbol>
export type CatalogRegion = { id: string; currency_code: string }
export type CatalogScope = { salesChannelIds: string[]; locale?: string; region: CatalogRegion | null }

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "metadata",
  "created_at",
  "categories.id",
  "categories.handle",
  "categories.name",
  // The id lets the query cache drop this answer when the cooperative changes (renamed, unpublished).
  "cooperative.id",
  "cooperative.status",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.community",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
]

export async function resolveRegion(query: Query, regionId?: string): Promise<CatalogRegion | null> {
  if (!regionId) return null
  const { data } = await query.graph(
    { entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } },
    { cache: { enable: true } }
  )
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id ${regionId} was not found.`)
  }
  return { id: data[0].id, currency_code: data[0].currency_code.toLowerCase() }
}

/** Product ids matching `q` in the search index, best match first. */
async function searchProductIds(scope: MedusaContainer, q: string, salesChannelIds: string[]): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { search_result } = await query.search({
      entity: "product",
      fields: ["id"],
      filters: { q, status: ProductStatus.PUBLISHED, sales_channel_ids: salesChannelIds },
      pagination: { take: MAX_SEARCH_HITS },
      // Prefix-match the last word, so a shopper typing "huipil" already finds "Huipiles".
      search_options: { match_strategy: "last", count: "none" },
    })
    return search_result.hits.map((hit) => hit.id)
  } catch (error) {
    // No quiet fallback: a broken index must show, in the log and in every test that searches.
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `[catalog] The product search index could not answer "${q}": ${(error as Error).message}. Run \`medusa db:migrate\` and restart.`
      )
    throw new SearchUnavailableError("Search is unavailable right now; browsing and filters still work. Please try again later.")
  }
}

/** Per variant, what can be sold in the key's sales channels: the best channel's availability. */
async function availabilityByVariant(query: Query, variantIds: string[], salesChannelIds: string[]) {
  const available = new Map<string, number>()
  if (!variantIds.length) return available
  for (const salesChannelId of salesChannelIds) {
    const result = await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
    for (const [variantId, { availability }] of Object.entries(result)) {
      available.set(variantId, Math.max(available.get(variantId) ?? 0, availability ?? 0))
    }
  }
  return available
}

function toItem(product: any, available: Map<string, number>, region: CatalogRegion | null, rank: number | null): CatalogItem {
  const variants: any[] = (product.variants ?? []).filter(Boolean)
  let inventory = 0
  let inStock = false
  let price: number | null = null
  for (const variant of variants) {
    const availability = variantAvailability({ ...variant, inventory_quantity: available.get(variant.id) })
    if (availability.tracked) inventory += availability.available
    inStock ||= availability.purchasable
    const calculated = variant.calculated_price
    if (region && calculated && calculated.currency_code?.toLowerCase() === region.currency_code) {
      const amount = roundToMinor(calculated.raw_calculated_amount ?? calculated.calculated_amount, region.currency_code)
      if (amount !== null && (price === null || amount < price)) price = amount
    }
  }
  const metadata = product.metadata ?? {}
  const cooperative = product.cooperative
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail ?? null,
    technique: typeof metadata.technique === "string" && metadata.technique.trim() ? metadata.technique : null,
    techniques: techniqueKeys(typeof metadata.technique === "string" ? metadata.technique : null),
    categories: (product.categories ?? []).filter(Boolean).map((category: any) => ({ handle: category.handle, name: category.name })),
    cooperative: cooperative ? { handle: cooperative.handle, name: cooperative.name, community: cooperative.community } : null,
    price,
    one_of_a_kind: metadata.one_of_a_kind === true || metadata.one_of_a_kind === "true",
    in_stock: inStock,
    inventory,
    created_at: new Date(product.created_at).toISOString(),
    rank,
  }
}

/**
 * The published products of the key's sales channels that match `q`, leaving out the pieces of
 * cooperatives that are not published, ready to filter, facet and sort: one search, one product graph (titles and category names in the request's locale, prices
 * for the region) and the inventory availability, whatever the catalog's size.
 */
export async function loadCatalogItems(scope: MedusaContainer, context: CatalogScope, q?: string): Promise<CatalogItem[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const hitIds = q ? await searchProductIds(scope, q, context.salesChannelIds) : null
  if (hitIds && !hitIds.length) return []

  const graphContext = context.region
    ? {
        variants: {
          calculated_price: QueryContext({ region_id: context.region.id, currency_code: context.region.currency_code }),
        },
      }
    : undefined
  const { data: products } = await query.graph(
    {
      entity: "product",
      fields: context.region ? [...PRODUCT_FIELDS, "variants.calculated_price.*"] : PRODUCT_FIELDS,
      filters: { status: ProductStatus.PUBLISHED, ...(hitIds ? { id: hitIds } : {}) },
      ...(graphContext ? { context: graphContext } : {}),
    },
    { cache: { enable: true }, locale: context.locale }
  )

  const channels = new Set(context.salesChannelIds)
  const visible = (products as any[]).filter(
    (product) => isPublicPiece(product) && (product.sales_channels ?? []).some((channel: any) => channel && channels.has(channel.id))
  )
  const managed = visible.flatMap((product) =>
    (product.variants ?? []).filter((variant: any) => variant && tracksStock(variant)).map((variant: any) => variant.id)
  )
  const available = await availabilityByVariant(query, managed, context.salesChannelIds)
  const rankOf = new Map((hitIds ?? []).map((id, index) => [id, index]))
  return visible.map((product) => toItem(product, available, context.region, rankOf.get(product.id) ?? null))
}
