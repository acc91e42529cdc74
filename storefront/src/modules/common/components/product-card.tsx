import { CatalogImage } from "./catalog-image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import { LOW_STOCK_THRESHOLD } from "@/lib/util/stock"
import type { CatalogProduct } from "@/lib/util/types"

type Props = { product: CatalogProduct; locale: string; priority?: boolean; headingLevel?: "h2" | "h3" }

/** A catalog card; the whole card is one link (the title), the image is decorative. */
export async function ProductCard({ product, locale, priority = false, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations("common")
  const low = product.in_stock && !product.one_of_a_kind && product.inventory > 0 && product.inventory <= LOW_STOCK_THRESHOLD
  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-[4/5] overflow-hidden rounded-lg bg-ink/5">
        {product.thumbnail ? (
          <CatalogImage
            src={product.thumbnail}
            alt=""
            fill
            important={priority}
            sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
            className={`object-cover transition-transform duration-300 group-hover:scale-[1.03] ${product.in_stock ? "" : "opacity-60 grayscale"}`}
          />
        ) : null}
        <div className="absolute top-2 left-2 flex flex-col items-start gap-1">
          {!product.in_stock ? (
            <span className="rounded bg-ink px-2 py-0.5 text-xs font-semibold text-paper">{t("soldOut")}</span>
          ) : product.one_of_a_kind ? (
            <span className="rounded bg-maize px-2 py-0.5 text-xs font-semibold text-ink">{t("oneOfAKind")}</span>
          ) : low ? (
            <span className="rounded bg-paper px-2 py-0.5 text-xs font-semibold text-clay-dark">
              {t("onlyLeft", { count: product.inventory })}
            </span>
          ) : null}
        </div>
      </div>
      <Heading className="mt-3 text-base leading-snug font-semibold text-ink">
        <Link
          href={`/${locale}/products/${product.handle}`}
          className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-4 focus-visible:after:outline-indigo group-hover:underline underline-offset-4"
        >
          {product.title}
        </Link>
      </Heading>
      {product.cooperative ? (
        <p className="mt-1 text-sm text-ink/75">
          {product.cooperative.name} · {product.cooperative.community}
        </p>
      ) : null}
      {product.price ? (
        <p className="mt-1 font-semibold text-ink">
          {formatMoney(amountToMinor(product.price.amount, product.price.currency_code), product.price.currency_code, locale)}
        </p>
      ) : (
        <p className="mt-1 text-sm text-ink/75">{t("priceUnavailable")}</p>
      )}
    </article>
  )
}
