/** The locale whose translations the product search index holds next to the English text. */
export const SEARCH_SECOND_LOCALE = "es-MX"

/** The product fields the search index reads through `query.graph`. */
export const PRODUCT_SEARCH_SOURCE_FIELDS = ["id", "title", "description", "status", "metadata", "sales_channels.id", "cooperative.name"]

export type ProductSearchRow = {
  id: string
  title?: string | null
  description?: string | null
  status?: string | null
  metadata?: Record<string, unknown> | null
  sales_channels?: ({ id: string } | null)[] | null
  cooperative?: { name?: string | null } | null
}

export type ProductTranslation = {
  reference_id: string
  translations?: Record<string, unknown> | null
}

export type ProductSearchDocument = {
  id: string
  title: string | null
  description: string | null
  title_es: string | null
  description_es: string | null
  cooperative_name: string | null
  technique: string | null
  status: string | null
  sales_channel_ids: string[]
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null)

/** One search document per product: English text, its Spanish translation, cooperative and technique. */
export function toProductSearchDocuments(rows: ProductSearchRow[], translations: ProductTranslation[]): ProductSearchDocument[] {
  const spanish = new Map(translations.map((translation) => [translation.reference_id, translation.translations ?? {}]))
  return rows.map((row) => {
    const es = spanish.get(row.id) ?? {}
    return {
      id: row.id,
      title: text(row.title),
      description: text(row.description),
      title_es: text(es.title),
      description_es: text(es.description),
      cooperative_name: text(row.cooperative?.name),
      technique: text(row.metadata?.technique),
      status: row.status ?? null,
      sales_channel_ids: (row.sales_channels ?? []).flatMap((channel) => (channel?.id ? [channel.id] : [])),
    }
  })
}
