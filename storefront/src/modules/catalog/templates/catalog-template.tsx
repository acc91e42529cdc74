import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { catalogHref, hasActiveFilters, SORTS, type CatalogQuery } from "@/lib/util/catalog-query"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import type { CatalogResult } from "@/lib/util/types"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { FacetList, type FacetLink } from "../components/facet-list"
import { Pagination } from "../components/pagination"
import { RefineForm } from "../components/refine-form"

type Props = { locale: string; query: CatalogQuery; result: CatalogResult; currency: string }

const chip =
  "inline-flex items-center gap-1 rounded-full border border-ink/25 bg-white px-3 py-1 text-sm text-ink hover:border-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

export async function CatalogTemplate({ locale, query, result, currency }: Props) {
  const t = await getTranslations("catalog")
  const { facets } = result
  const href = (patch: Partial<CatalogQuery>) => catalogHref(locale, query, patch)

  const categoryName = facets.categories.find((entry) => entry.handle === query.category)?.name ?? query.category
  const cooperativeName = facets.cooperatives.find((entry) => entry.handle === query.cooperative)?.name ?? query.cooperative

  const categoryLinks: FacetLink[] = facets.categories.map((entry) => ({
    key: entry.handle,
    label: entry.name,
    count: entry.count,
    active: entry.handle === query.category,
    href: href({ category: entry.handle === query.category ? undefined : entry.handle }),
  }))
  const cooperativeLinks: FacetLink[] = facets.cooperatives.map((entry) => ({
    key: entry.handle,
    label: entry.name,
    count: entry.count,
    active: entry.handle === query.cooperative,
    href: href({ cooperative: entry.handle === query.cooperative ? undefined : entry.handle }),
  }))
  // The backend's short list of techniques, named in the shopper's language.
  const techniqueName = (key: string, fallback?: string) => (t.has(`techniques.${key}`) ? t(`techniques.${key}`) : (fallback ?? key))
  const techniqueLinks: FacetLink[] = facets.techniques.map((entry) => {
    const active = entry.value === query.technique
    return {
      key: entry.value,
      label: techniqueName(entry.value, entry.label),
      count: entry.count,
      active,
      href: href({ technique: active ? undefined : entry.value }),
    }
  })

  const chips: { label: string; href: string }[] = []
  if (query.q) chips.push({ label: t("chipSearch", { q: query.q }), href: href({ q: undefined }) })
  if (query.category) chips.push({ label: categoryName ?? query.category, href: href({ category: undefined }) })
  if (query.cooperative) chips.push({ label: cooperativeName ?? query.cooperative, href: href({ cooperative: undefined }) })
  if (query.technique) chips.push({ label: techniqueName(query.technique), href: href({ technique: undefined }) })
  if (query.min_price || query.max_price) {
    const price = (amount: string) => formatMoney(amountToMinor(amount, currency), currency, locale)
    const min = query.min_price ? price(query.min_price) : null
    const max = query.max_price ? price(query.max_price) : null
    chips.push({
      label: min && max ? t("chipPriceRange", { min, max }) : min ? t("chipPriceMin", { min }) : t("chipPriceMax", { max: max ?? "" }),
      href: href({ min_price: undefined, max_price: undefined }),
    })
  }
  if (query.in_stock) chips.push({ label: t("inStockOnly"), href: href({ in_stock: undefined }) })

  const heading = query.q ? t("resultsFor", { q: query.q }) : (categoryName ?? cooperativeName ?? t("title"))
  const firstShown = result.count ? (result.page - 1) * result.limit + 1 : 0
  const lastShown = Math.min(result.count, result.page * result.limit)

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <div className="flex flex-col gap-4 md:flex-row md:items-end md:justify-between">
        <div>
          <h1 className="font-serif text-3xl font-semibold text-ink sm:text-4xl">{heading}</h1>
          <p className="mt-1 text-sm text-ink/80" role="status">
            {result.count ? t("showing", { from: firstShown, to: lastShown, count: result.count }) : t("noneCount")}
          </p>
        </div>
      </div>

      <div className="mt-6 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-10">
        <aside aria-labelledby="filters-heading" className="mb-6 lg:mb-0">
          <input id="filters-toggle" type="checkbox" className="peer sr-only lg:hidden" />
          <label
            htmlFor="filters-toggle"
            className="flex cursor-pointer items-center justify-between rounded-md border border-ink/25 bg-white px-4 py-2 text-sm font-semibold text-ink peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo lg:hidden"
          >
            <span>
              {t("showFilters")}
              {chips.length ? ` (${chips.length})` : ""}
            </span>
            <span aria-hidden="true">▾</span>
          </label>
          <div className="hidden pt-2 peer-checked:block lg:block lg:pt-0">
            <h2 id="filters-heading" className="sr-only lg:not-sr-only lg:mb-2 lg:font-serif lg:text-xl lg:font-semibold">
              {t("filters")}
            </h2>
            <FacetList
              id="facet-category"
              title={t("category")}
              links={categoryLinks}
              allLabel={t("allCategories")}
              allHref={href({ category: undefined })}
              anyActive={Boolean(query.category)}
            />
            <FacetList
              id="facet-cooperative"
              title={t("cooperative")}
              links={cooperativeLinks}
              allLabel={t("allCooperatives")}
              allHref={href({ cooperative: undefined })}
              anyActive={Boolean(query.cooperative)}
            />
            <FacetList
              id="facet-technique"
              title={t("technique")}
              links={techniqueLinks}
              allLabel={t("allTechniques")}
              allHref={href({ technique: undefined })}
              anyActive={Boolean(query.technique)}
              visible={8}
              moreLabel={t("moreTechniques", { count: Math.max(0, techniqueLinks.length - 8) })}
            />
            <RefineForm
              locale={locale}
              query={query}
              currency={facets.price?.currency_code ?? currency}
              placeholder={{ min: facets.price?.min, max: facets.price?.max }}
              labels={{
                title: t("priceAndAvailability"),
                min: t("min"),
                max: t("max"),
                inStock: t("inStockOnly"),
                apply: t("apply"),
                currencyNote: t("priceRange"),
              }}
            />
          </div>
        </aside>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("results")}
          </h2>
          <div className="flex flex-col gap-3 border-b border-ink/10 pb-4 sm:flex-row sm:items-center sm:justify-between">
            {chips.length ? (
              <ul className="flex flex-wrap items-center gap-2" aria-label={t("activeFilters")}>
                {chips.map((entry) => (
                  <li key={entry.label}>
                    <Link
                      href={entry.href}
                      scroll={false}
                      prefetch={false}
                      className={chip}
                      aria-label={t("removeFilter", { filter: entry.label })}
                    >
                      {entry.label}
                      <span aria-hidden="true">×</span>
                    </Link>
                  </li>
                ))}
                <li>
                  <Link
                    href={`/${locale}/store`}
                    className="text-sm font-medium text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"
                  >
                    {t("clearAll")}
                  </Link>
                </li>
              </ul>
            ) : (
              <span />
            )}
            <div className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
              <span id="sort-label" className="mr-1 text-ink/80">
                {t("sortBy")}
              </span>
              <ul aria-labelledby="sort-label" className="flex flex-wrap gap-1">
                {SORTS.map((sort) => (
                  <li key={sort}>
                    <Link
                      href={href({ sort })}
                      scroll={false}
                      prefetch={false}
                      aria-current={query.sort === sort ? "true" : undefined}
                      className={`rounded px-2 py-1 focus-visible:outline-2 focus-visible:outline-indigo ${
                        query.sort === sort
                          ? "bg-ink font-semibold text-paper"
                          : "text-ink hover:bg-ink/5 hover:underline underline-offset-4"
                      }`}
                    >
                      {t(`sort.${sort}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>

          {result.products.length ? (
            <div className="mt-6">
              <ProductGrid products={result.products} locale={locale} priorityCount={2} columns="3" />
            </div>
          ) : (
            <div className="mt-10 rounded-lg border border-dashed border-ink/25 p-8 text-center">
              <p className="font-serif text-2xl text-ink">{t(result.searchUnavailable ? "searchUnavailable" : "noResults")}</p>
              <p className="mt-2 text-ink/80">{t(result.searchUnavailable ? "searchUnavailableHint" : "noResultsHint")}</p>
              {hasActiveFilters(query) ? (
                <Link
                  href={`/${locale}/store`}
                  className="mt-4 inline-block rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
                >
                  {t("clearAll")}
                </Link>
              ) : null}
            </div>
          )}

          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(page) => href({ page })}
            labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: (n) => t("page", { n }) }}
          />
        </section>
      </div>
    </div>
  )
}
