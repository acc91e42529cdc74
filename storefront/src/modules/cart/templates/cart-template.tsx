import { getTranslations } from "next-intl/server"
import { checkAvailability, getCartView, retrieveCart } from "@/lib/data/cart"
import { Link } from "@/i18n/navigation"
import CartTotals from "@/modules/common/components/cart-totals"
import LineItem from "@/modules/common/components/line-item"
import StockProblems from "@/modules/common/components/stock-problems"
import { itemCount } from "@/lib/util/line-items"
import { ui } from "@/modules/common/lib/ui"
import CartSync from "../components/cart-sync"
import PromoForm from "../components/promo-form"
import QuantitySelect from "../components/quantity-select"
import RemoveButton from "../components/remove-button"

export default async function CartTemplate({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  // The header's cart button fetches on its own: this keeps it in step with what this page shows.
  const sync = <CartSync signature={`${cart?.id ?? ""}:${itemCount(items)}:${cart?.item_subtotal ?? ""}`} />

  if (!cart || items.length === 0) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-12 text-center">
        {sync}
        <h1 id="cart-heading" tabIndex={-1} className="font-serif text-4xl">
          {t("title")}
        </h1>
        <p className="mt-6 text-lg">{t("empty")}</p>
        <p className={`mt-2 ${ui.muted}`}>{t("emptyHint")}</p>
        <Link href="/" className={`${ui.primary} mt-8`}>
          {t("continueShopping")}
        </Link>
      </div>
    )
  }

  const [{ groups, stock }, availability] = await Promise.all([getCartView(cart), checkAvailability(cart)])
  const problemByLine = new Map(availability.problems.map((problem) => [problem.line_item_id, problem]))
  const codes = (cart.promotions ?? []).filter((promotion) => !promotion.is_automatic && promotion.code).map((p) => p.code!)
  const parcels = groups.length

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      {sync}
      <h1 id="cart-heading" tabIndex={-1} className="font-serif text-4xl focus:outline-none">
        {t("title")}
      </h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-6">
          <StockProblems problems={availability.problems} />
          {parcels > 1 && <p className={ui.muted}>{t("parcelNote", { count: parcels })}</p>}
          {groups.map((group) => {
            const headingId = `parcel-${group.cooperative?.id ?? "other"}`
            return (
              <section key={headingId} aria-labelledby={headingId} className={ui.card}>
                <h2 id={headingId} className="font-serif text-xl">
                  {group.cooperative ? t("parcelFrom", { name: group.cooperative.name }) : t("parcelOther")}
                </h2>
                {group.cooperative && (
                  <Link href={`/cooperatives/${group.cooperative.handle}`} className={`${ui.link} text-sm`}>
                    {t("cooperativeLink", { name: group.cooperative.name })}
                  </Link>
                )}
                <ul className="mt-2 divide-y divide-ink/10">
                  {group.items.map((item) => {
                    const available = item.variant_id && item.variant_id in stock ? stock[item.variant_id] : null
                    const title = item.product_title ?? item.title
                    return (
                      <LineItem
                        key={item.id}
                        item={item}
                        currency={cart.currency_code}
                        locale={locale}
                        available={available}
                        problem={problemByLine.get(item.id)}
                        controls={
                          <>
                            <QuantitySelect lineId={item.id} title={title} quantity={item.quantity} available={available} />
                            <div className="pt-2">
                              <RemoveButton lineId={item.id} title={title} />
                            </div>
                          </>
                        }
                      />
                    )
                  })}
                </ul>
              </section>
            )
          })}
        </div>
        <aside aria-labelledby="cart-summary-heading" className={`${ui.card} grid content-start gap-6 self-start lg:sticky lg:top-6`}>
          <h2 id="cart-summary-heading" className="font-serif text-2xl">
            {t("totals.heading")}
          </h2>
          <PromoForm codes={codes} />
          <CartTotals cart={cart} locale={locale} final={false} headingId="cart-summary-heading" />
          <Link href="/checkout" className={`${ui.primary} w-full`} data-testid="cart-checkout">
            {t("checkout")}
          </Link>
          <Link href="/" className={`${ui.link} text-center`}>
            {t("continueShopping")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
