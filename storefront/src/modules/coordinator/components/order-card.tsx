import type { CoordinatorOrder } from "@telar/types"
import { countryName, provinceName } from "@/modules/common/lib/address"
import { Island } from "../render/document"
import { ParcelActions } from "./parcel-actions"
import { portalFormatter, portalWords } from "../render/words"

/** One order as the cooperative packs it: its own pieces, where they go, how, and the parcel's buttons. */
export function OrderCard({ order, locale }: { order: CoordinatorOrder; locale: string }) {
  const t = portalWords(locale, "portal.orders")
  const format = portalFormatter(locale)
  const address = order.ship_to
  const way = order.shipping?.speed ? t(`speed.${order.shipping.speed}`) : order.shipping?.name
  return (
    <li className="grid gap-4 rounded-xl bg-white p-4 ring-1 ring-ink/10" data-testid="order-card" data-order-id={order.id}>
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="text-xl font-semibold text-ink">{t("order", { number: order.display_id ?? order.id })}</h3>
        <p className="text-sm text-ink/75">{t("bought", { date: format.dateTime(new Date(order.created_at), { dateStyle: "long" }) })}</p>
      </header>
      <section className="grid gap-2">
        <h4 className="text-base font-semibold text-ink/80">{t("pack")}</h4>
        <ul className="grid gap-3">
          {order.lines.map((line) => (
            <li key={line.id} className="flex items-start gap-3" data-testid="order-line">
              {line.thumbnail ? (
                // biome-ignore lint/performance/noImgElement: small thumbnails served by the backend
                <img src={line.thumbnail} alt="" width={48} height={48} className="size-12 shrink-0 rounded-md bg-paper object-cover" />
              ) : null}
              <div className="min-w-0">
                <p className="text-lg font-semibold break-words text-ink">{line.title}</p>
                {line.options.length > 0 && (
                  <p className="text-base text-ink/80">
                    {line.options.map((option) => (option.name ? `${option.name}: ${option.value}` : option.value)).join(" · ")}
                  </p>
                )}
                <p className="text-base font-semibold text-ink" data-testid="order-line-quantity">
                  {t("quantity", { count: line.quantity })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="grid gap-2">
        <h4 className="text-base font-semibold text-ink/80">{t("sendTo")}</h4>
        {address ? (
          <address className="text-lg leading-snug break-words text-ink not-italic" data-testid="ship-to">
            {address.name}
            {address.company ? (
              <>
                <br />
                {address.company}
              </>
            ) : null}
            <br />
            {address.address_1}
            {address.address_2 ? `, ${address.address_2}` : ""}
            <br />
            {[
              address.city,
              address.province ? provinceName(address.country_code.toLowerCase(), address.province) : null,
              address.postal_code,
            ]
              .filter(Boolean)
              .join(", ")}
            <br />
            {countryName(address.country_code, locale)}
            {address.phone ? (
              <>
                <br />
                <a
                  href={`tel:${address.phone.replace(/[^\d+]/g, "")}`}
                  className="inline-block py-2 font-semibold text-indigo underline underline-offset-4"
                >
                  {t("phone", { phone: address.phone })}
                </a>
              </>
            ) : null}
          </address>
        ) : (
          <p className="font-semibold text-clay-dark">{t("noAddress")}</p>
        )}
        {way ? <p className="text-base text-ink">{t("shipping", { way })}</p> : null}
      </section>
      <Island name="parcel" props={{ order: { id: order.id, parcel: order.parcel } }}>
        <ParcelActions order={order} />
      </Island>
    </li>
  )
}
