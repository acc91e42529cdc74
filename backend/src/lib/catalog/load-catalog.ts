import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { type AmountLike, roundToMinor, tracksStock, variantAvailability } from "@telar/fair-trade"
import { indexedCatalogItems, indexedSearchHits } from "./catalog-index"
import { availabilityByVariant, type CalculatedPrice, type CatalogRow, calculatedPrices, loadCatalogRows } from "./catalog-rows"
import type { CatalogItem } from "./items"
import { techniqueKeys } from "./techniques"

/** More hits than the catalog holds products, so a query never silently loses matches. */
const MAX_SEARCH_HITS = 2000

/** The search index could not answer a query: the shopper gets a 503, staff an error in the log. */
export class SearchUnavailableError extends Error {}

type Query = Omit<RemoteQueryFunction, symbol>
export type CatalogRegion = { id: string; currency_code: string }
export type CatalogScope = { salesChannelIds: string[]; locale?: string; region: CatalogRegion | null }

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

/** The lowest of the row's variant prices for the region, in minor units. */
function lowestPrice(row: CatalogRow, prices: Map<string, CalculatedPrice>, region: CatalogRegion | null): number | null {
  if (!region) return null
  let price: number | null = null
  for (const variant of row.variants) {
    const calculated = variant.price_set_id ? prices.get(variant.price_set_id) : undefined
    if (calculated && calculated.currency_code.toLowerCase() === region.currency_code) {
      const amount = roundToMinor(calculated.amount as AmountLike, region.currency_code)
      if (amount !== null && (price === null || amount < price)) price = amount
    }
  }
  return price
}

/** A candidate as the catalog shows it, but for its stock; and the variants its stock is counted over. */
type ShapedItem = { item: CatalogItem; variants: CatalogRow["variants"] }

/** Everything the catalog shows but stock: the candidates (three statements) priced for the region. */
async function loadCatalogShape(scope: MedusaContainer, context: CatalogScope): Promise<ShapedItem[]> {
  const rows = await loadCatalogRows(scope, { salesChannelIds: context.salesChannelIds, locale: context.locale })
  const priceSetIds = rows.flatMap((row) => row.variants.flatMap((variant) => (variant.price_set_id ? [variant.price_set_id] : [])))
  const prices = context.region ? await calculatedPrices(scope, priceSetIds, context.region) : new Map<string, CalculatedPrice>()
  return rows.map((row) => ({
    variants: row.variants,
    item: {
      id: row.id,
      handle: row.handle,
      title: row.title,
      thumbnail: row.thumbnail,
      technique: row.technique?.trim() ? row.technique : null,
      techniques: techniqueKeys(row.technique),
      categories: row.categories,
      cooperative: row.cooperative,
      price: lowestPrice(row, prices, context.region),
      one_of_a_kind: row.one_of_a_kind,
      in_stock: false,
      inventory: 0,
      created_at: row.created_at.toISOString(),
      rank: null,
    },
  }))
}

/** The shape's candidates with their stock now: one statement per sales channel. */
async function withStock(scope: MedusaContainer, context: CatalogScope, shape: ShapedItem[]): Promise<CatalogItem[]> {
  const tracked = shape.flatMap(({ variants }) => variants.filter(tracksStock).map((variant) => variant.id))
  const available = await availabilityByVariant(scope, tracked, context.salesChannelIds)
  return shape.map(({ item, variants }) => {
    let inventory = 0
    let inStock = false
    for (const variant of variants) {
      const availability = variantAvailability({ ...variant, inventory_quantity: available.get(variant.id) })
      if (availability.tracked) inventory += availability.available
      inStock ||= availability.purchasable
    }
    return { ...item, in_stock: inStock, inventory }
  })
}

/**
 * The published products of the key's sales channels that match `q`, leaving out the pieces of
 * cooperatives that are not published, ready to filter, facet and sort. The candidates come from
 * the catalog index (computed once per catalog generation, see catalog-index.ts); a search asks
 * the search index for the matching ids at the same time (or reuses a recent answer to the same
 * words) and keeps those, ranked.
 */
export async function loadCatalogItems(scope: MedusaContainer, context: CatalogScope, q?: string): Promise<readonly CatalogItem[]> {
  const [hitIds, items] = await Promise.all([
    q
      ? indexedSearchHits(scope, { salesChannelIds: context.salesChannelIds, q }, () => searchProductIds(scope, q, context.salesChannelIds))
      : null,
    indexedCatalogItems(
      scope,
      { salesChannelIds: context.salesChannelIds, locale: context.locale, regionId: context.region?.id },
      {
        shape: () => loadCatalogShape(scope, context),
        items: (shape) => withStock(scope, context, shape),
      }
    ),
  ])
  if (!hitIds) return items
  const rankOf = new Map(hitIds.map((id, index) => [id, index]))
  return items.flatMap((item) => (rankOf.has(item.id) ? [{ ...item, rank: rankOf.get(item.id) ?? null }] : []))
}
