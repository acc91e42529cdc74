import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { connection } from "next/server"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getRegion } from "@/lib/data/regions"
import { catalogHref, parseCatalogSearchParams, type SearchParamsRecord } from "@/lib/util/catalog-query"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParamsRecord> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, search] = await Promise.all([params, searchParams])
  const t = await getTranslations({ locale, namespace: "catalog" })
  const query = parseCatalogSearchParams(search)
  // Category and cooperative views are worth indexing; searches and fine filters are not.
  const indexable = !query.q && !query.technique && !query.min_price && !query.max_price && !query.in_stock && query.sort === "featured"
  const canonical = { category: query.category, cooperative: query.cooperative, page: query.page, sort: query.sort }
  return {
    title: query.q ? t("resultsFor", { q: query.q }) : t("title"),
    description: t("metaDescription"),
    robots: indexable ? undefined : { index: false, follow: true },
    alternates: {
      canonical: catalogHref(locale, canonical, { page: query.page }),
      languages: { en: catalogHref("en", canonical, { page: query.page }), es: catalogHref("es", canonical, { page: query.page }) },
    },
  }
}

export default async function StorePage({ params, searchParams }: Props) {
  await connection() // per-request: region cookie, live stock; never prerendered at build
  const [{ locale }, search] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const query = parseCatalogSearchParams(search)
  const [result, region] = await Promise.all([searchCatalog(query), getRegion()])
  // Past the last page (an old link, a shrunk result): show the last page, not "193–76 of 76".
  if (result.count && query.page > result.pages) redirect(catalogHref(locale, query, { page: result.pages }))
  return <CatalogTemplate locale={locale} query={query} result={result} currency={region.currency_code} />
}
