import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getRegion } from "@/lib/data/regions"
import { isRegionCode } from "@/lib/util/shop-path"
import { decodeCatalogView } from "@/lib/util/shop-rewrite"
import { catalogMetadata } from "@/modules/catalog/lib/catalog-metadata"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

/** view: the catalog's filters as the proxy encodes them (lib/util/shop-rewrite), e.g. "category~textiles". */
type Props = { params: Promise<{ locale: string; region: string; view: string }> }

export function generateStaticParams() {
  // None at build time: each view is rendered on its first visit, then cached.
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await params
  const query = decodeCatalogView(view)
  return query ? catalogMetadata(locale, query) : {}
}

/** The first page of a filter view (category, cooperative, technique, stock, sort), cached per language and region. */
export default async function CatalogViewPage({ params }: Props) {
  const { locale, region, view } = await params
  const query = decodeCatalogView(view)
  if (!query || !isRegionCode(region)) notFound()
  setRequestLocale(locale)
  const [result, { currency_code }] = await Promise.all([searchCatalog(query, { locale, region }), getRegion(region)])
  return <CatalogTemplate locale={locale} query={query} result={result} currency={currency_code} />
}
