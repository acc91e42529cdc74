import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getRegion } from "@/lib/data/regions"
import { catalogHref, parseCatalogSearchParams, type SearchParamsRecord } from "@/lib/util/catalog-query"
import { isRegionCode } from "@/lib/util/shop-path"
import { catalogMetadata } from "@/modules/catalog/lib/catalog-metadata"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

// A search reads the query string: rendered per request (the shop's layout would otherwise offer to cache it).
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string; region: string }>; searchParams: Promise<SearchParamsRecord> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, search] = await Promise.all([params, searchParams])
  return catalogMetadata(locale, parseCatalogSearchParams(search))
}

/**
 * Searches, price ranges and later pages, rendered per request (the data itself comes from the
 * shared cache). Filter views without them are cached pages: store/[view].
 */
export default async function StorePage({ params, searchParams }: Props) {
  const [{ locale, region }, search] = await Promise.all([params, searchParams])
  if (!isRegionCode(region)) notFound()
  setRequestLocale(locale)
  const query = parseCatalogSearchParams(search)
  const [result, { currency_code }] = await Promise.all([searchCatalog(query, { locale, region }), getRegion(region)])
  // Past the last page (an old link, a shrunk result): show the last page, not "193–76 of 76".
  if (result.count && query.page > result.pages) redirect(catalogHref(locale, query, { page: result.pages }))
  return <CatalogTemplate locale={locale} query={query} result={result} currency={currency_code} />
}
