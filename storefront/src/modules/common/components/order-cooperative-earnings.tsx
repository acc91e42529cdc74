import { getTranslations } from "next-intl/server"
import type { StoreOrderCooperativeEarning } from "@telar/types"
import { ui } from "../lib/ui"
import { earningLines } from "../lib/order-earnings"

/** What each cooperative earns from the order, from the payout ledger; nothing at all until it is written. */
export async function OrderCooperativeEarnings({
  earnings,
  currency,
  locale,
  headingLevel,
}: {
  earnings: StoreOrderCooperativeEarning[]
  currency: string
  locale: string
  headingLevel: 2 | 3
}) {
  if (!earnings.length) return null
  const t = await getTranslations({ locale, namespace: "order.earnings" })
  const H = headingLevel === 2 ? "h2" : "h3"
  return (
    <section aria-labelledby="order-earnings-title" className="grid gap-2">
      <H id="order-earnings-title" className="font-serif text-xl">
        {t("title")}
      </H>
      <ul className="grid gap-1">
        {earningLines(earnings, currency, locale).map((line) => (
          <li key={line.id} className="flex flex-wrap justify-between gap-x-4" data-testid="order-cooperative-earning">
            <span>{line.name}</span>
            <span className="shrink-0 font-medium">
              {line.amount}
              {line.inOrderCurrency && (
                <span className={`ms-2 text-sm font-normal ${ui.muted}`}>({t("inOrderCurrency", { amount: line.inOrderCurrency })})</span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className={`text-sm ${ui.muted}`}>{t("note")}</p>
    </section>
  )
}
