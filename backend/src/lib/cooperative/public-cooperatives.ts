import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_COOPERATIVE_FIELDS } from "../../api/store/cooperatives/query-config"

export type PublicCooperative = Record<string, unknown> & {
  id: string
  member_families?: number | null
  product_count: number
  artisan_count: number
}

/**
 * Cached, and dropped whenever any cooperative or artisan changes: tags computed from a result
 * alone would never drop an empty answer (no ids in it) when a draft is published.
 */
export const PUBLIC_COOPERATIVE_CACHE = {
  enable: true,
  tags: ["Cooperative:list:*", "Artisan:list:*"],
  computeAutomaticTags: true,
}

/**
 * The cooperatives shoppers may see: published ones only, with their published products and
 * artisans counted. The one query behind the cooperatives page, the map and the home page's
 * numbers, so they always agree.
 */
export async function listPublicCooperatives(container: MedusaContainer, extraFields: string[] = []): Promise<PublicCooperative[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [...STORE_COOPERATIVE_FIELDS, "products.id", "products.status", "artisans.id", ...extraFields],
      filters: { status: "published" },
      pagination: { order: { name: "ASC" } },
    },
    { cache: PUBLIC_COOPERATIVE_CACHE }
  )
  return data.map(({ products, artisans, ...cooperative }: any) => ({
    ...cooperative,
    product_count: (products ?? []).filter((product: any) => product?.status === "published").length,
    artisan_count: (artisans ?? []).filter(Boolean).length,
  }))
}
