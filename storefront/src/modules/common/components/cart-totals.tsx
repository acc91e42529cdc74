import { getTranslations } from "next-intl/server"
import { amountToMinor, formatMoney } from "@/lib/util/money"

type Totals = {
  currency_code: string
  item_subtotal?: number | null
  discount_subtotal?: number | null
  discount_total?: number | null
  shipping_subtotal?: number | null
  tax_total?: number | null
  total?: number | null
}

/**
 * Subtotal, discount, shipping, taxes and total. Before a delivery speed is chosen, shipping and
 * taxes read "calculated at checkout" and the total is labelled an estimate.
 */
export default async function CartTotals({
  cart,
  locale,
  final,
  headingId,
}: {
  cart: Totals
  locale: string
  /** Shipping has been chosen: every figure is the one that will be paid. */
  final: boolean
  headingId?: string
}) {
  const t = await getTranslations({ locale, namespace: "cart.totals" })
  const money = (amount: number | null | undefined) => formatMoney(amountToMinor(amount, cart.currency_code), cart.currency_code, locale)
  const discount = cart.discount_subtotal ?? cart.discount_total ?? 0
  const hasDiscount = amountToMinor(discount, cart.currency_code) > 0
  return (
    <dl className="grid gap-2" aria-labelledby={headingId} data-testid="cart-totals">
      <div className="flex justify-between gap-4">
        <dt>{t("subtotal")}</dt>
        <dd data-testid="totals-subtotal">{money(cart.item_subtotal)}</dd>
      </div>
      {hasDiscount && (
        <div className="flex justify-between gap-4 text-jade">
          <dt>{t("discount")}</dt>
          <dd data-testid="totals-discount">−{money(discount)}</dd>
        </div>
      )}
      <div className="flex justify-between gap-4">
        <dt>{t("shipping")}</dt>
        <dd data-testid="totals-shipping">
          {final ? money(cart.shipping_subtotal) : <span className="text-ink/75">{t("shippingLater")}</span>}
        </dd>
      </div>
      <div className="flex justify-between gap-4">
        <dt>{t("taxes")}</dt>
        <dd data-testid="totals-taxes">
          {final || amountToMinor(cart.tax_total, cart.currency_code) > 0 ? (
            money(cart.tax_total)
          ) : (
            <span className="text-ink/75">{t("taxesLater")}</span>
          )}
        </dd>
      </div>
      <div className="mt-2 flex justify-between gap-4 border-t border-ink/15 pt-3 text-lg font-semibold">
        <dt>{final ? t("total") : t("estimatedTotal")}</dt>
        <dd data-testid="totals-total">{money(cart.total)}</dd>
      </div>
    </dl>
  )
}
