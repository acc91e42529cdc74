import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { getLineInfo } from "@/lib/data/cart"
import { listOrderCooperativeEarnings, listOrderParcels } from "@/lib/data/orders"
import CartTotals from "./cart-totals"
import { groupByCooperative, sortLines } from "@/lib/util/line-items"
import { lineOptionsText } from "@/lib/util/line-options"
import { amountToMinor, formatMoney } from "@/lib/util/money"
import { shippingLines } from "@/lib/util/order-shipping"
import { ui } from "../lib/ui"
import { OrderCooperativeEarnings } from "./order-cooperative-earnings"
import { PostalAddress } from "./postal-address"

/**
 * The pieces of an order (one parcel per cooperative), where it ships, how each parcel goes, and
 * the totals, and what each cooperative earns from it once the ledger has it. A shipping method is
 * named from its speed in the reader's language (the name stored on the order is in the language it
 * was placed in), with the cooperative whose parcel it carries.
 */
export default async function OrderDetails({
  order,
  locale,
  headingLevel = 2,
}: {
  order: HttpTypes.StoreOrder
  locale: string
  headingLevel?: 2 | 3
}) {
  const t = await getTranslations({ locale, namespace: "order" })
  const tCart = await getTranslations({ locale, namespace: "cart" })
  const H = headingLevel === 2 ? "h2" : "h3"
  const currency = order.currency_code
  const items = sortLines(order.items ?? [])
  const [info, parcels, earnings] = await Promise.all([
    getLineInfo(items.map((item) => item.product_id ?? "")),
    listOrderParcels(order.id),
    listOrderCooperativeEarnings(order.id),
  ])
  const groups = groupByCooperative(items, (item) => (item.product_id ? info.cooperatives[item.product_id] : null))
  const shipping = shippingLines(
    order.shipping_methods ?? [],
    parcels,
    groups.map((group) => group.cooperative?.id)
  ).map(({ method, speed, cooperative }) => {
    const name = t("shippingSpeed", { speed: speed ?? "other", method: method.name })
    return {
      id: method.id,
      amount: method.subtotal ?? method.amount,
      label: cooperative ? t("shippingFrom", { method: name, cooperative: cooperative.name }) : name,
    }
  })
  const address = order.shipping_address
  const money = (amount: number | null | undefined) => formatMoney(amountToMinor(amount, currency), currency, locale)
  const optionWords = {
    option: (name: string, value: string) => tCart("option", { name, value }),
    variant: (value: string) => tCart("variant", { value }),
  }
  const optionsOf = new Map(items.map((item) => [item.id, lineOptionsText(item, optionWords)]))

  return (
    <div className="grid gap-8">
      <section aria-labelledby="order-items-title" className="grid gap-4">
        <H id="order-items-title" className="font-serif text-2xl">
          {t("items")}
        </H>
        {groups.length > 1 && <p className={ui.muted}>{t("parcelNote")}</p>}
        {groups.map((group) => (
          <div key={group.cooperative?.id ?? "other"} className={ui.card}>
            <p className="font-medium">
              {group.cooperative ? tCart("parcelFrom", { name: group.cooperative.name }) : tCart("parcelOther")}
            </p>
            <ul className="mt-2 divide-y divide-ink/10">
              {group.items.map((item) => (
                <li key={item.id} className="flex gap-4 py-3" data-testid="order-line">
                  {item.thumbnail ? (
                    // eslint-disable-next-line @next/next/no-img-element -- small SVG thumbnails served by the backend
                    <img src={item.thumbnail} alt="" width={64} height={64} className="size-16 shrink-0 rounded-md bg-white object-cover" />
                  ) : null}
                  <div className="flex-1">
                    <p className="font-medium">{item.product_title ?? item.title}</p>
                    {optionsOf.get(item.id) && <p className={`text-sm ${ui.muted}`}>{optionsOf.get(item.id)}</p>}
                    <p className={`text-sm ${ui.muted}`}>{t("quantity", { count: item.quantity })}</p>
                  </div>
                  <p className="font-medium">{money(item.subtotal ?? Number(item.unit_price) * item.quantity)}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <div className="grid gap-8 sm:grid-cols-2">
        {address && (
          <section aria-labelledby="order-ship-title">
            <H id="order-ship-title" className="font-serif text-xl">
              {t("shipTo")}
            </H>
            <PostalAddress address={address} locale={locale} className="mt-2" />
          </section>
        )}
        {shipping.length > 0 && (
          <section aria-labelledby="order-delivery-title">
            <H id="order-delivery-title" className="font-serif text-xl">
              {t("delivery")}
            </H>
            <ul className="mt-2 grid gap-1">
              {shipping.map((line) => (
                <li key={line.id} className="flex justify-between gap-4" data-testid="order-shipping-line">
                  <span>{line.label}</span>
                  <span className="shrink-0">{money(line.amount)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <section aria-labelledby="order-totals-title" className={ui.card}>
        <H id="order-totals-title" className="mb-3 font-serif text-xl">
          {tCart("totals.heading")}
        </H>
        <CartTotals cart={order} locale={locale} final headingId="order-totals-title" />
      </section>
      <OrderCooperativeEarnings earnings={earnings} currency={currency} locale={locale} headingLevel={headingLevel} />
    </div>
  )
}
