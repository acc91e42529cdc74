import type { CoordinatorOrder } from "@telar/types"
import type { PortalOrders as PortalOrdersData } from "@/lib/data/coordinator-pages"
import { OrderCard } from "../components/order-card"
import { PortalSectionPage } from "../components/portal-page"
import { portalEmpty } from "../lib/portal-ui"
import { portalWords } from "../render/words"

function OrderSection({ title, orders, locale, id }: { title: string; orders: CoordinatorOrder[]; locale: string; id: string }) {
  if (!orders.length) return null
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="font-serif text-2xl font-semibold text-ink">
        {title} <span className="text-ink/60">({orders.length})</span>
      </h2>
      <ul className="grid gap-4">
        {orders.map((order) => (
          <OrderCard key={order.id} order={order} locale={locale} />
        ))}
      </ul>
    </section>
  )
}

/** The cooperative's orders: parcels to pack first, then those ready to send, then the latest handed to a carrier. */
export function PortalOrders({ locale, portal }: { locale: string; portal: PortalOrdersData }) {
  const t = portalWords(locale, "portal.orders")
  const { me, open, handed } = portal
  const toPrepare = open.orders.filter((order) => order.parcel.status === "pending")
  const ready = open.orders.filter((order) => order.parcel.status === "ready")
  return (
    <PortalSectionPage locale={locale} section="orders" cooperative={me.cooperative.name}>
      {open.orders.length === 0 ? <p className={portalEmpty}>{t("none")}</p> : null}
      {open.count > open.orders.length ? (
        <p className="rounded-lg bg-clay/15 px-4 py-3 text-base text-ink">{t("more", { shown: open.orders.length, count: open.count })}</p>
      ) : null}
      <OrderSection id="orders-to-prepare" title={t("toPrepare")} orders={toPrepare} locale={locale} />
      <OrderSection id="orders-ready" title={t("readyToSend")} orders={ready} locale={locale} />
      <OrderSection id="orders-handed" title={t("handedRecently")} orders={handed.orders} locale={locale} />
    </PortalSectionPage>
  )
}
