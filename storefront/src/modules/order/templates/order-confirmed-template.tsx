import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import { ui } from "@/modules/common/lib/ui"
import OrderDetails from "@/modules/common/components/order-details"

export default async function OrderConfirmedTemplate({ id, locale }: { id: string; locale: string }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const [order, customer] = await Promise.all([retrieveOrder(id), getCustomer()])
  // Unknown, or not this shopper's (no cart cookie, not signed in as its customer): a real 404.
  if (!order) notFound()
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <div className="rounded-lg border border-jade/40 bg-emerald-50 p-6 text-emerald-950" data-testid="order-confirmed">
        <h1 className="font-serif text-3xl">{t("thanks")}</h1>
        <p className="mt-3 text-xl font-semibold" data-testid="order-number">
          {t("number", { number: order.display_id ?? order.id })}
        </p>
        {order.email && <p className="mt-2 wrap-anywhere">{t("emailSent", { email: order.email })}</p>}
        <p className="mt-2">{t("paymentNote")}</p>
      </div>
      <div className="mt-10">
        <OrderDetails order={order} locale={locale} />
      </div>
      <div className="mt-10 flex flex-wrap gap-4">
        <Link href="/" className={ui.primary}>
          {t("continue")}
        </Link>
        {customer && (
          <Link href="/account/orders" className={ui.secondary}>
            {t("viewAccount")}
          </Link>
        )}
      </div>
    </div>
  )
}
