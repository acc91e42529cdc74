import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { SHARED_REVALIDATE, sdk, TAGS } from "./client"
import { localeHeaders } from "./locale"

/** Top-level product categories, named in the page's language. */
export async function listCategories(locale: string): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await sdk.client.fetch<{ product_categories: HttpTypes.StoreProductCategory[] }>(
    "/store/product-categories",
    {
      query: { fields: "id,name,handle,rank,parent_category_id", parent_category_id: "null", limit: 100 },
      headers: await localeHeaders(locale),
      next: { tags: [TAGS.categories], revalidate: SHARED_REVALIDATE },
      cache: "force-cache",
    }
  )
  return [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
}
