import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import {
  PRODUCT_SEARCH_SOURCE_FIELDS,
  SEARCH_SECOND_LOCALE,
  toProductSearchDocuments,
  type ProductSearchRow,
  type ProductTranslation,
} from "../lib/catalog/search-document"

/**
 * The product search index behind GET /store/catalog's `q`: English title and description, their
 * es-MX translations, the cooperative's name and the technique. With the default PostgreSQL
 * provider the text is folded by the `medusa_search_english` configuration (unaccent + English
 * stemming), so "ambar" finds "Collar de ámbar" and "huipil" finds "Huipiles".
 *
 * `medusa db:migrate` creates the index (the integration test runner does the same); the Search
 * Module fills it when the application starts, the first time after a migration and whenever it
 * is empty, and keeps it current from the events below.
 */

// MedusaService names its entity events `<module>.<model>.<action>`; the cooperative module's
// rename is "cooperative.cooperative.updated". Linking a product to a cooperative emits no event
// that names the product, so a product linked later is re-indexed with its cooperative's name on
// its next update (or translation change, or reindex).
const COOPERATIVE_UPDATED_EVENTS = ["cooperative.cooperative.updated"]
const TRANSLATION_EVENTS = ["translation.created", "translation.updated", "translation.deleted"]

type Query = Omit<RemoteQueryFunction, symbol>

const eventIds = (data: any): string[] => {
  const ids = Array.isArray(data) ? data.map((item) => item?.id) : [data?.id]
  return ids.flat().filter((id): id is string => typeof id === "string")
}

/** Reads the Spanish text of a page of products directly (not through the query cache). */
async function spanishTranslations(query: Query, productIds: string[]): Promise<ProductTranslation[]> {
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference: "product", reference_id: productIds, locale_code: SEARCH_SECOND_LOCALE },
  })
  return data as ProductTranslation[]
}

/** Which products an event touches: products themselves, their translations or their cooperative. */
async function productIdsOf(event: { name: string; data: any }, query: Query): Promise<string[]> {
  const ids = eventIds(event.data)
  if (!ids.length) return []
  if (TRANSLATION_EVENTS.includes(event.name)) {
    const { data } = await query.graph({
      entity: "translation",
      fields: ["reference", "reference_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    return data.filter((row: any) => row.reference === "product").map((row: any) => row.reference_id)
  }
  if (COOPERATIVE_UPDATED_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: ids } })
    return data.flatMap((cooperative: any) => (cooperative.products ?? []).map((product: any) => product?.id)).filter(Boolean)
  }
  return ids
}

const fields = search.define({
  id: search.keyword().filterable().retrievable(),
  title: search.text().searchable({ weight: 3 }),
  title_es: search.text().searchable({ weight: 3 }),
  description: search.text().searchable(),
  description_es: search.text().searchable(),
  cooperative_name: search.text().searchable({ weight: 2 }),
  technique: search.keyword().searchable({ weight: 2 }).filterable(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
})

const source = {
  fields: PRODUCT_SEARCH_SOURCE_FIELDS,
  transform: async (rows: ProductSearchRow[], context: { container: { query: Query } }) =>
    toProductSearchDocuments(
      rows,
      await spanishTranslations(
        context.container.query,
        rows.map((row) => row.id)
      )
    ),
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: ["product.created", "product.updated", "product.deleted", ...TRANSLATION_EVENTS, ...COOPERATIVE_UPDATED_EVENTS],
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    resolve_ids: (event, context) => productIdsOf(event, context.container.query),
    is_delete: (event) => event.name === "product.deleted",
  }),
})
