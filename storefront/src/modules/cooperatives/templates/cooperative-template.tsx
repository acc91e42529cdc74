import { CatalogImage } from "@/modules/common/components/catalog-image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localized, localizedList } from "@/lib/util/localized"
import type { CatalogProduct, CooperativeDetail } from "@/lib/util/types"
import { Avatar } from "@/modules/common/components/initials-avatar"
import { OriginMap } from "@/modules/common/components/origin-map"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { languageList } from "@/modules/common/lib/language-list"

type Props = { cooperative: CooperativeDetail; locale: string; products: CatalogProduct[]; productCount: number }

export async function CooperativeTemplate({ cooperative, locale, products, productCount }: Props) {
  const [t, languages] = await Promise.all([getTranslations("cooperative"), languageList(cooperative.languages, locale)])
  const story = localized(locale, cooperative.story_en, cooperative.story_es)
  const crafts = localizedList(locale, cooperative.crafts, cooperative.crafts_es)
  return (
    <div>
      <div className="relative h-56 w-full bg-ink/10 sm:h-72 lg:h-96">
        {cooperative.cover_url ? (
          <CatalogImage
            src={cooperative.cover_url}
            alt={t("coverAlt", { name: cooperative.name, community: cooperative.community })}
            fill
            important
            sizes="100vw"
            className="object-cover"
          />
        ) : null}
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="relative z-10 -mt-16 rounded-xl bg-paper p-6 shadow-sm ring-1 ring-ink/10 sm:p-8 lg:-mt-24">
          <nav aria-label={t("breadcrumb")} className="text-sm text-ink/80">
            <Link
              href={`/${locale}/cooperatives`}
              className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-indigo"
            >
              {t("allCooperatives")}
            </Link>
          </nav>
          <h1 className="mt-2 font-serif text-4xl font-semibold text-ink">{cooperative.name}</h1>
          <p className="mt-1 text-ink/80">
            {t("place", { community: cooperative.community, municipality: cooperative.municipality, region: cooperative.region })}
          </p>
          {cooperative.is_demo ? (
            <p className="mt-3 inline-block rounded-md bg-maize/30 px-3 py-1 text-sm text-ink">{t("demoNotice")}</p>
          ) : null}
          <dl className="mt-6 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-ink/75">{t("founded")}</dt>
              <dd className="text-lg font-semibold text-ink">{cooperative.founded_year ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-ink/75">{t("memberFamilies")}</dt>
              <dd className="text-lg font-semibold text-ink">{cooperative.member_families ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-ink/75">{t("languages")}</dt>
              <dd className="font-semibold text-ink">{languages || "—"}</dd>
            </div>
            <div>
              <dt className="text-ink/75">{t("pieces")}</dt>
              <dd className="text-lg font-semibold text-ink">{cooperative.product_count}</dd>
            </div>
          </dl>
        </div>

        <div className="mt-10 grid gap-10 lg:grid-cols-[1.4fr_1fr]">
          <section aria-labelledby="story-heading">
            <h2 id="story-heading" className="font-serif text-2xl font-semibold text-ink">
              {t("story")}
            </h2>
            <p className="mt-3 text-lg leading-relaxed text-ink/90">{story}</p>
          </section>
          {crafts.length ? (
            <section aria-labelledby="crafts-heading">
              <h2 id="crafts-heading" className="font-serif text-2xl font-semibold text-ink">
                {t("crafts")}
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {crafts.map((craft) => (
                  <li key={craft} className="rounded-full border border-ink/15 bg-white px-3 py-1 text-sm text-ink">
                    {craft}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        {cooperative.latitude != null && cooperative.longitude != null ? (
          <section aria-labelledby="where-heading" className="mt-14 max-w-xl">
            <h2 id="where-heading" className="font-serif text-2xl font-semibold text-ink">
              {t("whereHeading")}
            </h2>
            <div className="mt-4">
              <OriginMap
                cooperative={cooperative}
                title={t("mapTitle", { name: cooperative.name })}
                description={t("mapDescription", {
                  name: cooperative.name,
                  community: cooperative.community,
                  municipality: cooperative.municipality,
                })}
                caption={t("mapCaption", { community: cooperative.community, municipality: cooperative.municipality })}
              />
            </div>
          </section>
        ) : null}

        {cooperative.artisans.length ? (
          <section aria-labelledby="artisans-heading" className="mt-14">
            <h2 id="artisans-heading" className="font-serif text-2xl font-semibold text-ink">
              {t("artisans", { count: cooperative.artisans.length })}
            </h2>
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {cooperative.artisans.map((artisan) => (
                <li key={artisan.id} className="flex gap-4 rounded-lg bg-white p-4 ring-1 ring-ink/10">
                  <Avatar name={artisan.name} src={artisan.portrait_url} />
                  <div>
                    <h3 className="font-semibold text-ink">{artisan.name}</h3>
                    {artisan.craft ? <p className="text-sm text-ink/75">{localized(locale, artisan.craft, artisan.craft_es)}</p> : null}
                    <p className="mt-2 text-sm leading-relaxed text-ink/85">{localized(locale, artisan.bio_en, artisan.bio_es)}</p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="pieces-heading" className="mt-14">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <h2 id="pieces-heading" className="font-serif text-2xl font-semibold text-ink">
              {t("piecesBy", { name: cooperative.name })}
            </h2>
            {productCount > products.length ? (
              <Link
                href={`/${locale}/store?cooperative=${encodeURIComponent(cooperative.handle)}`}
                className="text-sm font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"
              >
                {t("seeAll", { count: productCount })}
              </Link>
            ) : null}
          </div>
          {products.length ? (
            <div className="mt-6">
              <ProductGrid products={products} locale={locale} />
            </div>
          ) : (
            <p className="mt-4 text-ink/80">{t("noPieces")}</p>
          )}
        </section>
      </div>
    </div>
  )
}
