import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreCatalogPage } from "@telar/types"
import { loadCatalogPage } from "../../../lib/catalog/catalog-page"
import { SearchUnavailableError } from "../../../lib/catalog/load-catalog"
import type { StoreCatalogQueryType } from "./validators"

/** The browsable catalog; the query is validated by StoreCatalogQuery (see ../middlewares.ts). */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreCatalogQueryType>,
  res: MedusaResponse<StoreCatalogPage | { type: "search_unavailable"; message: string }>
) {
  try {
    const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
    res.json(await loadCatalogPage(req.scope, { salesChannelIds, locale: req.locale, query: req.validatedQuery }))
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    res.status(503).set("Retry-After", "30").json({ type: "search_unavailable", message: error.message })
  }
}
