import { getTranslations } from "next-intl/server"
import type { StoreOrderReturn, StoreOrderReturnsResponse } from "@telar/types"
import { formatMoney, intlLocale } from "@/lib/util/money"
import { PostalAddress } from "@/modules/common/components/postal-address"
import { ui } from "@/modules/common/lib/ui"
import ReturnForm from "./return-form"

/**
 * The order page's returns: the pieces that may still go back (a form), why none may yet, and each
 * return asked for, with where to send it and what it gives back.
 */
export default async function OrderReturns({
  orderId,
  data,
  locale,
}: {
  orderId: string
  data: StoreOrderReturnsResponse | null
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "account.returns" })
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  const day = (iso: string | null) => (iso ? date.format(new Date(iso)) : "")
  if (!data) {
    return (
      <section aria-labelledby="returns-title" className="grid gap-4">
        <h2 id="returns-title" className="font-serif text-2xl">
          {t("title")}
        </h2>
        <p className={ui.muted}>{t("unavailable")}</p>
      </section>
    )
  }
  const returnable = data.pieces.filter((piece) => piece.returnable > 0)
  const closesAt = data.pieces.find((piece) => piece.window_closes_at)?.window_closes_at ?? null
  const closed = !data.waiting && closesAt !== null && Date.parse(closesAt) <= Date.now()
  return (
    <section aria-labelledby="returns-title" className="grid gap-4" data-testid="order-returns">
      <h2 id="returns-title" className="font-serif text-2xl">
        {t("title")}
      </h2>
      {data.waiting ? (
        <p className={ui.muted}>
          {data.waiting.unshipped.length ? t("waitingParcels", { cooperatives: data.waiting.unshipped.join(", ") }) : t("waitingPayment")}
        </p>
      ) : closed ? (
        <p className={ui.muted}>{t("closed", { date: day(closesAt) })}</p>
      ) : returnable.length ? (
        <div className={`${ui.card} grid gap-3`}>
          <p>{t("intro", { days: data.window_days })}</p>
          {closesAt && <p className={ui.muted}>{t("openUntil", { date: day(closesAt) })}</p>}
          <ReturnForm orderId={orderId} pieces={returnable} />
        </div>
      ) : null}
      {data.returns.length > 0 && (
        <ul className="grid gap-4">
          {data.returns.map((ret) => (
            <ReturnCard key={ret.id} ret={ret} locale={locale} t={t} day={day} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ReturnCard({
  ret,
  locale,
  t,
  day,
}: {
  ret: StoreOrderReturn
  locale: string
  t: Awaited<ReturnType<typeof getTranslations>>
  day: (iso: string | null) => string
}) {
  const money = (amount: number) => formatMoney(amount, ret.refund.currency_code, locale)
  const name = ret.cooperative?.name ?? ret.address?.name ?? ""
  return (
    <li className={`${ui.card} grid gap-3`} data-testid="order-return">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-serif text-xl">{t("returnTo", { cooperative: name })}</h3>
        <p className="font-medium">{t(`statuses.${ret.status}`)}</p>
      </div>
      <p className={`text-sm ${ui.muted}`}>
        {t("requestedOn", { date: day(ret.requested_at) })}
        {ret.received_at ? ` · ${t("receivedOn", { date: day(ret.received_at) })}` : ""}
      </p>
      <ul className="grid gap-1">
        {ret.items.map((item) => (
          <li key={item.line_item_id}>
            {t("piece", { quantity: item.quantity, title: item.variant ? `${item.title} (${item.variant})` : item.title })}
            {item.reason ? <span className={ui.muted}> · {t(`reasons.${item.reason}`)}</span> : null}
          </li>
        ))}
      </ul>
      {ret.status === "requested" && ret.address?.address_1 && (
        <div>
          <p className="text-sm font-medium">{t("sendTo")}</p>
          <PostalAddress locale={locale} address={{ ...ret.address, first_name: ret.address.name, last_name: "" }} className="mt-1" />
        </div>
      )}
      {ret.status !== "canceled" && (
        <p>
          {ret.refund.refunded > 0
            ? t("refunded", { amount: money(ret.refund.refunded) })
            : ret.refund.settled_otherwise > 0
              ? t("settledOtherwise")
              : t("refundExpected", { amount: money(ret.refund.expected) })}
        </p>
      )}
    </li>
  )
}
