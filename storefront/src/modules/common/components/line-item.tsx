import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@/i18n/navigation"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import { lineOptionsText } from "@/lib/util/line-options"
import type { StockProblem } from "@/lib/util/stock"
import { ui } from "../lib/ui"

/**
 * One cart line: picture, title, option, price and stock warnings. `controls` (the cart's quantity
 * picker and remove button) replace the plain quantity where the line can be edited.
 */
export default async function LineItem({
  item,
  currency,
  locale,
  available,
  problem,
  controls,
}: {
  item: HttpTypes.StoreCartLineItem
  currency: string
  locale: string
  available: number | null
  problem?: StockProblem
  controls?: React.ReactNode
}) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const title = item.product_title ?? item.title
  const variant = lineOptionsText(item, {
    option: (name, value) => t("option", { name, value }),
    variant: (value) => t("variant", { value }),
  })
  const money = (amount: number | null | undefined) => formatMoney(amountToMinor(amount, currency), currency, locale)
  const total = item.subtotal ?? Number(item.unit_price) * item.quantity
  return (
    <li className="flex gap-4 py-5" data-testid="cart-line" data-line-id={item.id}>
      {item.thumbnail ? (
        // eslint-disable-next-line @next/next/no-img-element -- small SVG thumbnails served by the backend
        <img src={item.thumbnail} alt="" width={96} height={96} className="size-24 shrink-0 rounded-md bg-white object-cover" />
      ) : (
        <div className="size-24 shrink-0 rounded-md bg-ink/10" aria-hidden="true" />
      )}
      <div className="min-w-0 flex-1">
        <h3 className="font-medium">
          {item.product_handle ? (
            <Link href={`/products/${item.product_handle}`} className="hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {variant && <p className={`text-sm ${ui.muted}`}>{variant}</p>}
        <p className={`text-sm ${ui.muted}`}>{t("unitPrice", { price: money(item.unit_price) })}</p>
        {problem ? (
          <p className="mt-1 text-sm font-semibold text-red-800" data-testid="line-stock-problem">
            {problem.kind === "soldOut"
              ? t("soldOutLine", { title })
              : t("tooManyLine", { title, available: problem.available, requested: problem.requested })}
          </p>
        ) : available !== null && available <= 3 && available > 0 ? (
          <p className="mt-1 text-sm font-medium text-clay-dark">{available === 1 ? t("lastOne") : t("onlyLeft", { count: available })}</p>
        ) : null}
        {controls ? (
          <div className="mt-3 flex flex-wrap items-start gap-4">{controls}</div>
        ) : (
          <p className={`text-sm ${ui.muted}`}>
            {t("quantity")}: {item.quantity}
          </p>
        )}
      </div>
      <p className="shrink-0 font-medium" data-testid="line-total">
        {money(total)}
      </p>
    </li>
  )
}
