import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { catalogBackendQuery, PAGE_SIZE, type CatalogQuery } from "@/lib/util/catalog-query"
import type { CatalogResult } from "@/lib/util/types"
import { SHARED_REVALIDATE, sdk, TAGS } from "./client"
import { localeHeaders } from "./locale"
import type { ShopView } from "./products"
import { getRegion } from "./regions"

/**
 * The catalog: search, facets, sort and pages from GET /store/catalog, priced for the page's
 * region and in its language. Shared cache entries (tags: products, categories, cooperatives).
 * When the search index cannot answer (503) the result is empty and says so, for the page to tell.
 */
export async function searchCatalog(query: Partial<CatalogQuery>, view: ShopView, limit: number = PAGE_SIZE): Promise<CatalogResult> {
  const [region, headers] = await Promise.all([getRegion(view.region), localeHeaders(view.locale)])
  try {
    const result = await sdk.client.fetch<CatalogResult>("/store/catalog", {
      query: catalogBackendQuery(query, region.id, limit),
      headers,
      next: { tags: [TAGS.products, TAGS.categories, TAGS.cooperatives], revalidate: SHARED_REVALIDATE },
      cache: "force-cache",
    })
    return normalizeResult(result, limit)
  } catch (error) {
    if (!(error instanceof FetchError) || error.status !== 503) throw error
    console.error("[telar] catalog search unavailable", error.message)
    return { ...normalizeResult({}, limit), searchUnavailable: true }
  }
}

/** Guards against a partial answer so templates can rely on every field. */
function normalizeResult(result: Partial<CatalogResult>, limit: number): CatalogResult {
  const facets = result.facets
  return {
    products: result.products ?? [],
    count: result.count ?? result.products?.length ?? 0,
    page: result.page ?? 1,
    limit: result.limit ?? limit,
    pages: Math.max(1, result.pages ?? 1),
    facets: {
      categories: facets?.categories ?? [],
      cooperatives: facets?.cooperatives ?? [],
      techniques: facets?.techniques ?? [],
      price: facets?.price ?? null,
    },
  }
}
