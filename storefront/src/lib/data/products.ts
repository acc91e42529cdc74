import "server-only"
import type { RegionCode } from "@/lib/util/shop-path"
import type { Product } from "@/lib/util/types"
import { SHARED_REVALIDATE, sdk, TAGS } from "./client"
import { localeHeaders } from "./locale"
import { getRegion } from "./regions"

/** Everything the product page shows, in one request. */
const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "material",
  "metadata",
  "created_at",
  "*images",
  "*options",
  "*options.values",
  "*categories",
  "*variants",
  "*variants.options",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.producer_price.*",
  "+cooperative.*",
  "+artisans.*",
].join(",")

/** Which shop a cached page is: its language and its region (currency). */
export type ShopView = { locale: string; region: RegionCode }

/**
 * A published product by handle, priced in the page's region and written in its language.
 * Cached for every visitor under the shared "products" tag; region and language are part of the
 * request, hence of the cache key.
 */
export async function getProduct(handle: string, view: ShopView): Promise<Product | null> {
  if (!/^[a-z0-9][a-z0-9_-]{0,199}$/i.test(handle)) return null
  const [region, headers] = await Promise.all([getRegion(view.region), localeHeaders(view.locale)])
  const { products } = await sdk.client.fetch<{ products: Product[] }>("/store/products", {
    query: { handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 },
    headers,
    next: { tags: [TAGS.products, TAGS.cooperatives], revalidate: SHARED_REVALIDATE },
    cache: "force-cache",
  })
  return products[0] ?? null
}
