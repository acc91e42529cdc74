import type { HttpTypes } from "@medusajs/types"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { FairTradeExample as Example } from "@/lib/util/example"
import type { CatalogProduct, Cooperative, Impact } from "@/lib/util/types"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { CooperativeCard } from "@/modules/common/components/cooperative-card"
import { FairTradeExample } from "../components/fair-trade-example"
import { ImpactBand } from "../components/impact-band"

type Props = {
  locale: string
  featured: CatalogProduct[]
  cooperatives: Cooperative[]
  categories: HttpTypes.StoreProductCategory[]
  impact: Impact | null
  example: Example | null
}

const primaryButton =
  "inline-flex items-center rounded-md bg-clay-dark px-5 py-3 font-semibold text-paper hover:bg-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
const secondaryButton =
  "inline-flex items-center rounded-md border border-ink px-5 py-3 font-semibold text-ink hover:bg-ink/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
const moreLink = "text-sm font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"

type SectionProps = { id: string; title: string; allHref: string; allLabel: string; children: React.ReactNode }

/** A band of the home page: its title with a link to all of its kind, then a few of them. */
function HomeSection({ id, title, allHref, allLabel, children }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 id={`${id}-heading`} className="font-serif text-3xl font-semibold text-ink">
          {title}
        </h2>
        <Link href={allHref} className={moreLink}>
          {allLabel}
        </Link>
      </div>
      {children}
    </section>
  )
}

export async function HomeTemplate({ locale, featured, cooperatives, categories, impact, example }: Props) {
  const t = await getTranslations("home")
  const hero = featured.find((product) => product.thumbnail)
  return (
    <>
      <section
        aria-labelledby="hero-heading"
        className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-10 sm:px-6 md:grid-cols-[1.2fr_1fr] md:py-16"
      >
        <div>
          <p className="text-sm font-semibold tracking-wider text-clay-dark uppercase">{t("hero.eyebrow")}</p>
          <h1 id="hero-heading" className="mt-3 font-serif text-4xl leading-tight font-semibold text-ink sm:text-5xl">
            {t("hero.title")}
          </h1>
          <p className="mt-5 max-w-xl text-lg leading-relaxed text-ink/85">{t("hero.body")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href={`/${locale}/store`} className={primaryButton}>
              {t("hero.shop")}
            </Link>
            <Link href={`/${locale}/cooperatives`} className={secondaryButton}>
              {t("hero.meet")}
            </Link>
          </div>
        </div>
        {hero?.thumbnail ? (
          <figure className="relative mx-auto w-full max-w-sm">
            <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-ink/5 shadow-lg ring-1 ring-ink/10">
              <CatalogImage
                src={hero.thumbnail}
                alt={t("hero.imageAlt", { title: hero.title })}
                fill
                important
                sizes="(min-width: 768px) 384px, 90vw"
                className="object-cover"
              />
            </div>
            <figcaption className="mt-3 text-center text-sm text-ink/80">
              <Link
                href={`/${locale}/products/${hero.handle}`}
                className="font-semibold text-ink underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-indigo"
              >
                {hero.title}
              </Link>
              {hero.cooperative ? ` · ${hero.cooperative.name}, ${hero.cooperative.community}` : null}
            </figcaption>
          </figure>
        ) : null}
      </section>

      {impact ? <ImpactBand impact={impact} locale={locale} /> : null}

      {featured.length ? (
        <HomeSection id="featured" title={t("featured.title")} allHref={`/${locale}/store`} allLabel={t("featured.all")}>
          <div className="mt-8">
            <ProductGrid products={featured} locale={locale} />
          </div>
        </HomeSection>
      ) : null}

      <div className="bg-white/60">
        <FairTradeExample locale={locale} example={example} />
      </div>

      {cooperatives.length ? (
        <HomeSection id="cooperatives" title={t("cooperatives.title")} allHref={`/${locale}/cooperatives`} allLabel={t("cooperatives.all")}>
          <p className="mt-2 max-w-2xl text-ink/85">{t("cooperatives.body")}</p>
          <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {cooperatives.map((cooperative) => (
              <li key={cooperative.id}>
                <CooperativeCard cooperative={cooperative} locale={locale} />
              </li>
            ))}
          </ul>
        </HomeSection>
      ) : null}

      {categories.length ? (
        <section aria-labelledby="categories-heading" className="mx-auto max-w-6xl px-4 pb-8 sm:px-6">
          <h2 id="categories-heading" className="font-serif text-2xl font-semibold text-ink">
            {t("categories.title")}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-2">
            {categories.map((category) => (
              <li key={category.id}>
                <Link
                  href={`/${locale}/store?category=${encodeURIComponent(category.handle)}`}
                  className="inline-block rounded-full border border-ink/20 bg-white px-4 py-2 text-sm font-medium text-ink hover:border-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
