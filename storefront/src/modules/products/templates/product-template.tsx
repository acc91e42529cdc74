import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { productJsonLd } from "@/lib/util/json-ld"
import { localized } from "@/lib/util/localized"
import { roundToMinor } from "@telar/fair-trade"
import { formatMoney } from "@/lib/util/money"
import { siteUrl } from "@/lib/util/site"
import { variantSplit } from "@/lib/util/split"
import { isPurchasable, stockState } from "@/lib/util/stock"
import type { CatalogProduct, ExchangeRateInfo, Product } from "@/lib/util/types"
import { buildPicker, hasRealOptions, selectVariant } from "@/lib/util/variants"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import { Avatar } from "@/modules/common/components/initials-avatar"
import { JsonLd } from "@/modules/common/components/json-ld"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { OriginMap } from "@/modules/common/components/origin-map"
import { Gallery } from "../components/gallery"
import { MoneyBreakdown } from "../components/money-breakdown"
import { PurchaseRow } from "../components/purchase-row"
import { StockStatus } from "../components/stock-status"
import { VariantPicker } from "../components/variant-picker"
import { quantityLimit } from "../lib/quantity"

type Props = {
  product: Product
  locale: string
  requestedVariantId?: string
  rate: ExchangeRateInfo | null
  related: CatalogProduct[]
}

export async function ProductTemplate({ product, locale, requestedVariantId, rate, related }: Props) {
  const [t, tCart] = await Promise.all([getTranslations("product"), getTranslations("cart")])
  const variants = product.variants ?? []
  const metadata = (product.metadata ?? {}) as Record<string, unknown>
  const oneOfAKind = metadata.one_of_a_kind === true
  // Metadata is not translated by Medusa: the Spanish technique sits beside the English one.
  const technique =
    localized(
      locale,
      typeof metadata.technique === "string" ? metadata.technique : null,
      typeof metadata.technique_es === "string" ? metadata.technique_es : null
    ) || null
  const selected = selectVariant(variants, requestedVariantId)
  const state = stockState({ ...(selected ?? {}), one_of_a_kind: oneOfAKind })
  const soldOut = !selected || !isPurchasable(state)
  const maxQuantity = quantityLimit(selected, oneOfAKind)
  const anyAvailable = variants.some((variant) => isPurchasable(stockState(variant)))
  const calculated = selected?.calculated_price
  const priceMinor = calculated?.currency_code ? roundToMinor(calculated.calculated_amount, calculated.currency_code) : null
  const split = variantSplit(selected, rate)
  const cooperative = product.cooperative ?? null
  const artisans = product.artisans ?? []
  const category = product.categories?.[0] ?? null
  const title = product.title ?? ""
  const path = `/${locale}/products/${product.handle}`
  const images = (product.images?.length ? product.images.map((image) => image.url) : product.thumbnail ? [product.thumbnail] : []).filter(
    (url): url is string => Boolean(url)
  )
  const picker =
    hasRealOptions(product.options ?? [], variants) && selected
      ? buildPicker(
          (product.options ?? []).map((option) => ({ id: option.id, title: option.title, values: option.values })),
          variants,
          selected
        )
      : []

  const jsonLd = productJsonLd({
    name: title,
    description: product.description,
    url: `${siteUrl()}${path}`,
    images,
    sku: selected?.sku,
    brand: cooperative?.name,
    price: priceMinor !== null && calculated?.currency_code ? { minor: priceMinor, currency: calculated.currency_code } : null,
    available: !soldOut,
    origin: cooperative ? "MX" : null,
  })

  const stockLabels = {
    soldOut: t("soldOut"),
    oneOfAKind: t("oneOfAKind"),
    oneOfAKindDetail: t("oneOfAKindDetail"),
    low: state.kind === "low" ? t("onlyLeft", { count: state.left }) : "",
    inStock: t("inStock"),
  }

  const rateNote =
    rate && split && split.currency !== split.cooperativePayout.currency
      ? t("money.rate", { rate: rate.rate, from: rate.from.toUpperCase(), to: rate.to.toUpperCase() })
      : null

  return (
    <div className="mx-auto max-w-6xl px-4 py-3 sm:px-6 md:py-6">
      <JsonLd data={jsonLd} />
      <nav aria-label={t("breadcrumb")} className="text-sm text-ink/80">
        {/* One line on a phone (the title below says the rest); wraps on wider screens. */}
        <ol className="flex items-center gap-1 whitespace-nowrap md:flex-wrap md:whitespace-normal">
          <li>
            <Link
              href={`/${locale}/store`}
              className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-indigo"
            >
              {t("shop")}
            </Link>
          </li>
          {category ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true">/</span>
              <Link
                href={`/${locale}/store?category=${encodeURIComponent(category.handle)}`}
                className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-indigo"
              >
                {category.name}
              </Link>
            </li>
          ) : null}
          <li className="flex min-w-0 items-center gap-1">
            <span aria-hidden="true">/</span>
            <span aria-current="page" className="truncate text-ink">
              {title}
            </span>
          </li>
        </ol>
      </nav>

      <div className="mt-3 grid gap-4 md:mt-6 md:grid-cols-2 md:gap-8 lg:gap-12">
        <Gallery
          slides={images.map((url, index) => ({
            key: url,
            image: (
              <CatalogImage
                src={url}
                alt={t("imageAlt", { title, n: index + 1, count: images.length })}
                fill
                important={index === 0}
                sizes="(min-width: 1024px) 560px, (min-width: 768px) 50vw, 100vw"
                className="object-cover"
              />
            ),
            thumbnail: <CatalogImage src={url} alt="" fill sizes="64px" className="object-cover" />,
          }))}
          labels={{
            region: t("images"),
            thumbnails: t("thumbnails"),
            show: images.map((_, index) => t("showImage", { n: index + 1, count: images.length })),
          }}
        />

        <div>
          <h1 className="font-serif text-2xl leading-tight font-semibold text-ink sm:text-4xl">{title}</h1>
          {cooperative ? (
            <p className="mt-1 text-sm text-ink/80 sm:mt-2 sm:text-base">
              {t.rich("byCooperative", {
                cooperative: (chunks) => (
                  <Link
                    href={`/${locale}/cooperatives/${cooperative.handle}`}
                    className="font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"
                  >
                    {chunks}
                  </Link>
                ),
                name: cooperative.name,
                community: cooperative.community,
              })}
            </p>
          ) : null}

          {/* Price and stock share a line on a phone, to keep "Add to cart" on the first screen. */}
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 sm:mt-4 sm:block">
            <p data-testid="product-price" className="text-2xl font-semibold text-ink tabular-nums">
              {priceMinor !== null && calculated?.currency_code
                ? formatMoney(priceMinor, calculated.currency_code, locale)
                : t("priceUnavailable")}
            </p>
            <div className="sm:mt-3">
              <StockStatus state={state} labels={stockLabels} />
            </div>
          </div>

          {picker.length ? (
            <div className="mt-4 sm:mt-6">
              <VariantPicker options={picker} hrefFor={(id) => `${path}?v=${encodeURIComponent(id)}`} soldOutLabel={t("soldOut")} />
            </div>
          ) : null}

          <div className="mt-4 sm:mt-6">
            {selected ? (
              <PurchaseRow
                key={selected.id}
                variantId={selected.id}
                locale={locale}
                disabled={soldOut}
                max={maxQuantity}
                labels={{
                  quantity: t("quantity"),
                  decrease: t("quantityDecrease"),
                  increase: t("quantityIncrease"),
                  limit: t("quantityLimit", { max: maxQuantity ?? 1 }),
                }}
                cartLabels={{ add: tCart("add"), adding: tCart("adding"), added: tCart("added") }}
              />
            ) : null}
            {soldOut ? (
              <p className="mt-2 text-sm text-ink/80" id="sold-out-note">
                {anyAvailable ? t("soldOutOtherOptions") : t("soldOutExplanation")}
              </p>
            ) : null}
          </div>

          {split && cooperative ? (
            <div className="mt-8">
              <MoneyBreakdown
                split={split}
                locale={locale}
                cooperativeName={cooperative.name}
                rateNote={rateNote}
                labels={{
                  title: t("money.title"),
                  intro: t("money.intro"),
                  cooperativeDetail: t("money.cooperativeDetail"),
                  network: t("money.network"),
                  networkDetail: t("money.networkDetail"),
                  share: (share) => t("money.share", { share }),
                  payout: (amount) => t("money.payout", { amount, cooperative: cooperative.name }),
                  below: t("money.below"),
                }}
              />
            </div>
          ) : null}

          {product.description ? (
            <section aria-labelledby="about-heading" className="mt-8">
              <h2 id="about-heading" className="font-serif text-xl font-semibold text-ink">
                {t("about")}
              </h2>
              <p className="mt-2 leading-relaxed text-ink/90">{product.description}</p>
            </section>
          ) : null}

          <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-t border-ink/10 pt-4 text-sm">
            {technique ? (
              <>
                <dt className="font-semibold text-ink">{t("technique")}</dt>
                <dd className="text-ink/85">{technique}</dd>
              </>
            ) : null}
            {product.material ? (
              <>
                <dt className="font-semibold text-ink">{t("material")}</dt>
                <dd className="text-ink/85">{product.material}</dd>
              </>
            ) : null}
            {cooperative ? (
              <>
                <dt className="font-semibold text-ink">{t("origin")}</dt>
                <dd className="text-ink/85">
                  {t("originValue", { community: cooperative.community, municipality: cooperative.municipality })}
                </dd>
              </>
            ) : null}
            {selected?.sku ? (
              <>
                <dt className="font-semibold text-ink">{t("sku")}</dt>
                <dd className="text-ink/85">{selected.sku}</dd>
              </>
            ) : null}
          </dl>
        </div>
      </div>

      {cooperative || artisans.length ? (
        <section aria-labelledby="makers-heading" className="mt-16 grid gap-8 rounded-xl bg-white/70 p-6 md:grid-cols-[1fr_16rem] lg:p-8">
          <div>
            <h2 id="makers-heading" className="font-serif text-2xl font-semibold text-ink">
              {t("makers")}
            </h2>
            {cooperative ? (
              <p className="mt-3 leading-relaxed text-ink/85">
                {localized(locale, cooperative.story_en, cooperative.story_es)}{" "}
                <Link
                  href={`/${locale}/cooperatives/${cooperative.handle}`}
                  className="font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"
                >
                  {t("meetCooperative", { cooperative: cooperative.name })}
                </Link>
              </p>
            ) : null}
            {artisans.length ? (
              <ul className="mt-6 grid gap-6 sm:grid-cols-2">
                {artisans.map((artisan) => (
                  <li key={artisan.id} className="flex gap-4">
                    <Avatar name={artisan.name} src={artisan.portrait_url} />
                    <div>
                      <h3 className="font-semibold text-ink">{artisan.name}</h3>
                      {artisan.craft ? <p className="text-sm text-ink/75">{localized(locale, artisan.craft, artisan.craft_es)}</p> : null}
                      <p className="mt-1 text-sm leading-relaxed text-ink/85">{localized(locale, artisan.bio_en, artisan.bio_es)}</p>
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {cooperative ? (
            <OriginMap
              cooperative={cooperative}
              title={t("originMapTitle", { community: cooperative.community })}
              description={t("originMapDescription", { community: cooperative.community, municipality: cooperative.municipality })}
              caption={t("originValue", { community: cooperative.community, municipality: cooperative.municipality })}
            />
          ) : null}
        </section>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related-heading" className="mt-16">
          <h2 id="related-heading" className="font-serif text-2xl font-semibold text-ink">
            {cooperative ? t("moreFrom", { cooperative: cooperative.name }) : t("moreToExplore")}
          </h2>
          <div className="mt-6">
            <ProductGrid products={related} locale={locale} />
          </div>
        </section>
      ) : null}
    </div>
  )
}
