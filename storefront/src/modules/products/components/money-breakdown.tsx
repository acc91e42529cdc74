import type { MoneySplit } from "@telar/fair-trade"
import { formatMoney, formatShare } from "@/lib/util/money"
import { SplitBar } from "@/modules/common/components/split-bar"

type Props = {
  split: MoneySplit
  locale: string
  cooperativeName: string
  /** e.g. "Converted at 18.25 MXN per USD." when the shopper pays in another currency. */
  rateNote: string | null
  labels: {
    title: string
    intro: string
    cooperativeDetail: string
    network: string
    networkDetail: string
    share: (share: string) => string
    payout: (amount: string) => string
    below: string
  }
}

/** "Where your money goes": the shopper's price split by moneySplit into the cooperative's part and the network's. */
export function MoneyBreakdown({ split, locale, cooperativeName, rateNote, labels }: Props) {
  const share = formatShare(split.cooperativeShareBps, locale)
  const payout = formatMoney(split.cooperativePayout.amount, split.cooperativePayout.currency, locale)
  const payoutSameCurrency = split.cooperativePayout.currency === split.currency
  return (
    <section aria-labelledby="money-heading" className="rounded-lg border border-ink/15 bg-white p-5">
      <h2 id="money-heading" className="font-serif text-xl font-semibold text-ink">
        {labels.title}
      </h2>
      <p className="mt-1 text-sm text-ink/80">{labels.intro}</p>
      <SplitBar cooperativeShareBps={split.cooperativeShareBps} className="mt-4" />
      <dl className="mt-4 grid gap-3 text-sm">
        <div className="flex items-start justify-between gap-4">
          <dt className="flex items-start gap-2">
            <span aria-hidden="true" className="mt-1 inline-block size-3 shrink-0 rounded-sm bg-jade" />
            <span>
              <span className="font-semibold text-ink">{cooperativeName}</span>
              <span className="block text-ink/75">{labels.cooperativeDetail}</span>
            </span>
          </dt>
          <dd className="text-right">
            <span className="block font-semibold text-ink tabular-nums">{formatMoney(split.cooperative, split.currency, locale)}</span>
            <span className="block text-ink/80">{labels.share(share)}</span>
          </dd>
        </div>
        <div className="flex items-start justify-between gap-4">
          <dt className="flex items-start gap-2">
            <span aria-hidden="true" className="mt-1 inline-block size-3 shrink-0 rounded-sm bg-maize" />
            <span>
              <span className="font-semibold text-ink">{labels.network}</span>
              <span className="block text-ink/75">{labels.networkDetail}</span>
            </span>
          </dt>
          <dd className="text-right font-semibold text-ink tabular-nums">{formatMoney(split.network, split.currency, locale)}</dd>
        </div>
      </dl>
      <p className="mt-4 border-t border-ink/10 pt-3 text-xs text-ink/80">
        {labels.payout(payout)}
        {!payoutSameCurrency && rateNote ? ` ${rateNote}` : ""}
      </p>
      {split.belowProducerPrice ? <p className="mt-2 text-xs font-semibold text-clay-dark">{labels.below}</p> : null}
    </section>
  )
}
