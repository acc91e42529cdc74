import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@/i18n/navigation"
import { itemCount } from "@/lib/util/line-items"
import { amountToMinor, formatMoney, intlLocale } from "@/lib/util/money"
import { ui } from "@/modules/common/lib/ui"

export default async function OrderList({ orders, locale }: { orders: HttpTypes.StoreOrder[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "account.ordersPage" })
  const tOrder = await getTranslations({ locale, namespace: "order" })
  if (!orders.length) return <p className={ui.muted}>{t("empty")}</p>
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  return (
    <ul className="grid gap-3" data-testid="order-list">
      {orders.map((order) => {
        const number = order.display_id ?? order.id
        const status = tOrder.has(`statuses.${order.status}`) ? tOrder(`statuses.${order.status}`) : order.status
        return (
          <li key={order.id} className={`${ui.card} flex flex-wrap items-center justify-between gap-4`}>
            <div>
              <p className="font-semibold">{t("order", { number })}</p>
              <p className={`text-sm ${ui.muted}`}>
                {t("placed", { date: date.format(new Date(order.created_at as unknown as string)) })} ·{" "}
                {t("pieces", { count: itemCount(order.items) })} · {status}
              </p>
            </div>
            <div className="flex items-center gap-4">
              <span className="font-semibold">
                {formatMoney(amountToMinor(order.total, order.currency_code), order.currency_code, locale)}
              </span>
              <Link href={`/account/orders/${order.id}`} className={ui.secondary}>
                {t("view", { number })}
              </Link>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
