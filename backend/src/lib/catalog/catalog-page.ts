import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toMinor } from "@telar/fair-trade"
import { buildCatalogPage, type CatalogFilters, type CatalogSort } from "./items"
import { loadCatalogItems, resolveRegion } from "./load-catalog"
import type { TechniqueKey } from "./techniques"

/** GET /store/catalog's query once validated: prices are decimal text in the region's currency. */
export type CatalogQuery = {
  q?: string
  category?: string
  cooperative?: string
  technique?: TechniqueKey
  min_price?: string
  max_price?: string
  in_stock?: boolean
  sort: CatalogSort
  page: number
  limit: number
  region_id?: string
}

export type CatalogRequest = { salesChannelIds: string[]; locale?: string; query: CatalogQuery }

/** A price bound in the region currency's minor units; the currency decides how many decimals it may have. */
function priceBound(name: string, value: string | undefined, currency: string): number | undefined {
  if (value === undefined) return undefined
  try {
    return toMinor(value, currency)
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid catalog query: ${name} ${(error as Error).message}.`)
  }
}

/**
 * One page of the browsable catalog: published pieces of the key's sales channels and published
 * cooperatives, searched (accent- and case-insensitive, English and Spanish), filtered, faceted,
 * sorted and paginated. Throws SearchUnavailableError when `q` cannot be searched.
 */
export async function loadCatalogPage(scope: MedusaContainer, { salesChannelIds, locale, query }: CatalogRequest) {
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured.")
  }
  const region = await resolveRegion(scope.resolve(ContainerRegistrationKeys.QUERY), query.region_id)
  const currency = region?.currency_code ?? null
  const filters: CatalogFilters = {
    category: query.category,
    cooperative: query.cooperative,
    technique: query.technique,
    min_price: currency ? priceBound("min_price", query.min_price, currency) : undefined,
    max_price: currency ? priceBound("max_price", query.max_price, currency) : undefined,
    in_stock: query.in_stock === true,
  }
  const items = await loadCatalogItems(scope, { salesChannelIds, locale, region }, query.q)
  return buildCatalogPage(items, { filters, sort: query.sort, page: query.page, limit: query.limit, currencyCode: currency })
}
