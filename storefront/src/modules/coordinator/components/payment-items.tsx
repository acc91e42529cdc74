import type { CoordinatorLedgerEntry, CoordinatorPayout } from "@telar/types"
import { formatMoney } from "@/lib/util/money"
import { entryFacts } from "../lib/payments"
import { portalFormatter, portalWords } from "../render/words"

/** A signed amount as a coordinator reads it: "+$1,750.50" added, "-$500.00" taken. */
function signedMoney(amount: number, currency: string, locale: string): string {
  return `${amount > 0 ? "+" : ""}${formatMoney(amount, currency, locale)}`
}

/** One ledger entry in plain words: what it was, when, how much it added or took, and why. */
export function LedgerEntryItem({ entry, locale }: { entry: CoordinatorLedgerEntry; locale: string }) {
  const t = portalWords(locale, "portal.payments")
  const format = portalFormatter(locale)
  const { quantity, cause } = entryFacts(entry)
  const details = [
    quantity ? t("pieces", { count: quantity }) : null,
    cause ? t(`causes.${cause}`) : null,
    // Staff's own words on an advance or an adjustment.
    entry.note?.trim() || null,
  ].filter(Boolean)
  return (
    <li className="flex items-start justify-between gap-3 py-3" data-testid="ledger-entry" data-type={entry.type}>
      <div className="min-w-0">
        <p className="text-lg font-semibold text-ink">{t(`types.${entry.type}`)}</p>
        <p className="text-sm text-ink/75">{format.dateTime(new Date(entry.created_at), { dateStyle: "medium" })}</p>
        {details.length ? <p className="text-base break-words text-ink/80">{details.join(" · ")}</p> : null}
      </div>
      <p className={`shrink-0 text-lg font-semibold tabular-nums ${entry.amount < 0 ? "text-clay-dark" : "text-green-800"}`}>
        {signedMoney(entry.amount, entry.currency_code, locale)}
      </p>
    </li>
  )
}

const STATUS_BADGE: Record<CoordinatorPayout["status"], string> = {
  pending: "bg-maize/40 text-ink",
  paid: "bg-green-800 text-paper",
  failed: "bg-clay/20 text-ink",
}

/** One payout: how much, where to, whether it arrived, and the bank's tracking key to look for it. */
export function PayoutItem({ payout, locale }: { payout: CoordinatorPayout; locale: string }) {
  const t = portalWords(locale, "portal.payments")
  const format = portalFormatter(locale)
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" })
  return (
    <li
      className="grid gap-2 rounded-xl bg-white p-4 ring-1 ring-ink/10"
      data-testid="payout"
      data-payout-id={payout.id}
      data-status={payout.status}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="text-2xl font-semibold text-ink tabular-nums">{formatMoney(payout.amount, payout.currency_code, locale)}</p>
        <span className={`inline-block rounded-full px-3 py-1 text-base font-semibold ${STATUS_BADGE[payout.status]}`}>
          {t(`payoutStatus.${payout.status}`)}
        </span>
      </div>
      <p className="text-base text-ink/80">
        {t(`method.${payout.method}`)}
        {payout.clabe ? ` · ${t("toAccount", { account: payout.clabe })}` : ""}
      </p>
      <p className="text-base text-ink/80">{t("payoutSent", { date: day(payout.created_at) })}</p>
      {payout.status === "paid" && payout.paid_at ? (
        <p className="text-base text-ink">{t("payoutPaid", { date: day(payout.paid_at) })}</p>
      ) : null}
      {payout.status === "failed" ? (
        <p className="text-base font-semibold text-clay-dark">
          {t("payoutFailed")}
          {payout.failure_reason ? ` ${t("failureReason", { reason: payout.failure_reason })}` : ""}
        </p>
      ) : null}
      {payout.tracking_key ? (
        <p className="text-base break-all text-ink" data-testid="tracking-key">
          {t("trackingKey")} <span className="font-mono font-semibold">{payout.tracking_key}</span>
        </p>
      ) : null}
      <p className="text-sm break-words text-ink/75">{t("reference", { reference: payout.reference })}</p>
    </li>
  )
}
