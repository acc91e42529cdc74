import type { PortalPayments as PortalPaymentsData } from "@/lib/data/coordinator-pages"
import { formatMoney } from "@/lib/util/money"
import { portalPath } from "@/lib/util/portal"
import { LedgerEntryItem, PayoutItem } from "../components/payment-items"
import { PortalSectionPage } from "../components/portal-page"
import { previousMonth } from "../lib/payments"
import { portalButton, portalButtonQuiet, portalEmpty } from "../lib/portal-ui"
import { portalWords } from "../render/words"

const LEDGER_TYPES = ["earning", "reversal", "payout", "payout_failed", "advance", "advance_recoupment", "adjustment"] as const

const card = "grid gap-3 rounded-xl bg-white p-4 ring-1 ring-ink/10"
const sectionTitle = "font-serif text-2xl font-semibold text-ink"

/**
 * What the network owes the cooperative and what it has paid: the balance now, payouts on their
 * way, the latest payouts with the bank's tracking key, the latest entries in plain words, and
 * the printable statement.
 */
type Props = { locale: string; portal: PortalPaymentsData; statementProblem?: "failed" | "unreachable" }

export function PortalPayments({ locale, portal, statementProblem }: Props) {
  const t = portalWords(locale, "portal.payments")
  const { me, ledger, payouts, payoutCount, pending } = portal
  const balance = ledger.balance
  const account = me.cooperative.payout_account
  const statement = portalPath(locale, "statement")
  return (
    <PortalSectionPage locale={locale} section="payments" cooperative={me.cooperative.name}>
      <section aria-labelledby="payments-balance" className={card}>
        <h2 id="payments-balance" className="text-lg font-semibold text-ink/80">
          {t("balanceTitle")}
        </h2>
        <p className="text-4xl font-semibold text-ink tabular-nums" data-testid="balance">
          {formatMoney(balance.amount, balance.currency_code, locale)}
        </p>
        <p className="text-base text-ink/80">{balance.amount < 0 ? t("balanceBelowZero") : t("balanceHint")}</p>
        {pending.count > 0 ? (
          <p className="rounded-lg bg-maize/30 px-3 py-2 text-base text-ink" data-testid="pending-payouts">
            {t("pendingNote", { count: pending.count, amount: formatMoney(pending.amount, balance.currency_code, locale) })}
          </p>
        ) : null}
        <div className="grid gap-1 border-t border-ink/10 pt-3 text-base text-ink">
          {account ? (
            <>
              <p>{t("account", { holder: account.account_holder })}</p>
              {account.method === "spei" && account.clabe ? (
                <p data-testid="payout-account">{t("clabe", { clabe: account.clabe })}</p>
              ) : null}
              {account.method === "stripe_connect" && account.stripe_account_id ? (
                <p data-testid="payout-account">{t("stripeAccount", { account: account.stripe_account_id })}</p>
              ) : null}
            </>
          ) : (
            <p className="font-semibold text-clay-dark">{t("noAccount")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="payments-payouts" className="grid gap-3">
        <h2 id="payments-payouts" className={sectionTitle}>
          {t("payoutsTitle")}
        </h2>
        {payouts.length === 0 ? (
          <p className={portalEmpty}>{t("payoutsNone")}</p>
        ) : (
          <ul className="grid gap-4">
            {payouts.map((payout) => (
              <PayoutItem key={payout.id} payout={payout} locale={locale} />
            ))}
          </ul>
        )}
        {payoutCount > payouts.length ? (
          <p className="text-base text-ink/80">{t("payoutsMore", { shown: payouts.length, count: payoutCount })}</p>
        ) : null}
      </section>

      <section aria-labelledby="payments-entries" className="grid gap-3">
        <h2 id="payments-entries" className={sectionTitle}>
          {t("entriesTitle")}
        </h2>
        {ledger.ledger_entries.length === 0 ? (
          <p className={portalEmpty}>{t("entriesNone")}</p>
        ) : (
          <ul className="divide-y divide-ink/10 rounded-xl bg-white px-4 ring-1 ring-ink/10">
            {ledger.ledger_entries.map((entry) => (
              <LedgerEntryItem key={entry.id} entry={entry} locale={locale} />
            ))}
          </ul>
        )}
        {ledger.count > ledger.ledger_entries.length ? (
          <p className="text-base text-ink/80">{t("entriesMore", { shown: ledger.ledger_entries.length, count: ledger.count })}</p>
        ) : null}
        <details className="rounded-lg bg-white p-4 ring-1 ring-ink/10">
          <summary className="cursor-pointer py-1 text-lg font-semibold text-indigo underline underline-offset-4">
            {t("legendTitle")}
          </summary>
          <dl className="grid gap-3 pt-3">
            {LEDGER_TYPES.map((type) => (
              <div key={type}>
                <dt className="text-base font-semibold text-ink">{t(`types.${type}`)}</dt>
                <dd className="text-base text-ink/80">{t(`explain.${type}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <section aria-labelledby="payments-statement" className={card}>
        <h2 id="payments-statement" className="text-xl font-semibold text-ink">
          {t("statementTitle")}
        </h2>
        <p className="text-base text-ink/80">{t("statementHint")}</p>
        {statementProblem ? (
          <p role="alert" className="rounded-lg bg-clay/15 px-4 py-3 font-semibold text-ink">
            {t(statementProblem === "unreachable" ? "statementUnreachable" : "statementFailed")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {/* Plain links: the statement is a page of its own, not part of the portal's app. */}
          <a href={statement} className={portalButton} data-testid="statement-link">
            {t("statementThisMonth")}
          </a>
          <a href={`${statement}?month=${previousMonth()}`} className={portalButtonQuiet}>
            {t("statementLastMonth")}
          </a>
        </div>
      </section>
    </PortalSectionPage>
  )
}
