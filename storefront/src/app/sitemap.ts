import type { MetadataRoute } from "next"
import { listCooperatives } from "@/lib/data/cooperatives"
import { siteUrl } from "@/lib/util/site"

export const dynamic = "force-dynamic"

/** Static pages and cooperatives (products are reachable from both and from the catalog). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const entry = (path: string): MetadataRoute.Sitemap[number] => ({
    url: `${base}/en${path}`,
    alternates: { languages: { en: `${base}/en${path}`, es: `${base}/es${path}` } },
  })
  const pages = ["", "/store", "/cooperatives"].map(entry)
  try {
    const cooperatives = await listCooperatives()
    return [...pages, ...cooperatives.map((cooperative) => entry(`/cooperatives/${cooperative.handle}`))]
  } catch {
    return pages
  }
}
