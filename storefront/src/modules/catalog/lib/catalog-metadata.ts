import "server-only"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { catalogHref, type CatalogQuery } from "@/lib/util/catalog-query"

/** Title, robots and alternates of a catalog view, the same whether it is cached or rendered per request. */
export async function catalogMetadata(locale: string, query: CatalogQuery): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "catalog" })
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
