import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toMinor } from "@telar/fair-trade"
import { buildCatalogPage, type CatalogFilters, type CatalogItem } from "../../../lib/catalog/items"
import { loadCatalogItems, resolveRegion, SearchUnavailableError } from "./load-catalog"
import { parseCatalogQuery } from "./validators"

function priceBound(name: string, value: string | undefined, currency: string): number | undefined {
  if (value === undefined) return undefined
  try {
    return toMinor(value, currency)
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid catalog query: ${name} ${(error as Error).message}.`)
  }
}

/**
 * The browsable catalog: published products of the publishable key's sales channels, searched
 * (accent- and case-insensitive, English and Spanish), filtered, faceted, sorted and paginated.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = parseCatalogQuery(req.query)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured.")
  }
  if ((params.min_price || params.max_price) && !params.region_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid catalog query: min_price and max_price are in the region's currency, so region_id is required with them."
    )
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const region = await resolveRegion(query, params.region_id)
  const currency = region?.currency_code ?? null
  const filters: CatalogFilters = {
    category: params.category,
    cooperative: params.cooperative,
    technique: params.technique,
    min_price: currency ? priceBound("min_price", params.min_price, currency) : undefined,
    max_price: currency ? priceBound("max_price", params.max_price, currency) : undefined,
    in_stock: params.in_stock === "true",
  }
  if (filters.min_price !== undefined && filters.max_price !== undefined && filters.min_price > filters.max_price) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid catalog query: min_price is greater than max_price.")
  }

  let items: CatalogItem[]
  try {
    items = await loadCatalogItems(req.scope, { salesChannelIds, locale: req.locale, region }, params.q)
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    res.status(503).set("Retry-After", "30").json({ type: "search_unavailable", message: error.message })
    return
  }
  res.json(buildCatalogPage(items, { filters, sort: params.sort, page: params.page, limit: params.limit, currencyCode: currency }))
}
