import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { FairTradeExample as Example } from "@/lib/util/example"
import { formatMoney, formatShare } from "@/lib/util/money"
import { SplitBar } from "@/modules/common/components/split-bar"

type Props = {
  locale: string
  example: Example | null
}

/** One part of the split: its colour in the bar, who gets it, and how much. */
function SplitPart({ swatch, label, children }: { swatch: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="flex items-center gap-2 text-ink/80">
        <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${swatch}`} />
        {label}
      </dt>
      <dd className="mt-1 text-xl font-semibold text-ink tabular-nums">{children}</dd>
    </div>
  )
}

/** Fair trade in three points, then one real piece's numbers from moneySplit. */
export async function FairTradeExample({ locale, example }: Props) {
  const t = await getTranslations("home.fairTrade")
  const points = ["price", "pesos", "open"] as const
  return (
    <section aria-labelledby="fair-trade-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <div className="grid gap-10 lg:grid-cols-2">
        <div>
          <h2 id="fair-trade-heading" className="font-serif text-3xl font-semibold text-ink">
            {t("title")}
          </h2>
          <p className="mt-3 leading-relaxed text-ink/85">{t("intro")}</p>
          <ol className="mt-6 space-y-4">
            {points.map((point, index) => (
              <li key={point} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-clay-dark font-semibold text-paper"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="font-semibold text-ink">{t(`points.${point}.title`)}</h3>
                  <p className="text-sm leading-relaxed text-ink/85">{t(`points.${point}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </div>
        {example ? (
          <figure className="self-start rounded-xl border border-ink/10 bg-white p-6">
            <figcaption className="text-sm font-semibold tracking-wider text-clay-dark uppercase">{t("exampleTitle")}</figcaption>
            <p className="mt-3 text-lg leading-relaxed text-ink">
              {t.rich("example", {
                piece: (chunks) => (
                  <Link
                    href={`/${locale}/products/${example.handle}`}
                    className="font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo"
                  >
                    {chunks}
                  </Link>
                ),
                title: example.title,
                price: formatMoney(example.split.total, example.split.currency, locale),
                cooperative: example.cooperative,
                payout: formatMoney(example.split.cooperativePayout.amount, example.split.cooperativePayout.currency, locale),
              })}
            </p>
            <SplitBar cooperativeShareBps={example.split.cooperativeShareBps} className="mt-5" />
            <dl className="mt-4 grid grid-cols-2 gap-4 text-sm">
              <SplitPart swatch="bg-jade" label={t("toCooperative")}>
                {formatMoney(example.split.cooperative, example.split.currency, locale)}{" "}
                <span className="text-base font-normal text-ink/80">({formatShare(example.split.cooperativeShareBps, locale)})</span>
              </SplitPart>
              <SplitPart swatch="bg-maize" label={t("toNetwork")}>
                {formatMoney(example.split.network, example.split.currency, locale)}
              </SplitPart>
            </dl>
            <p className="mt-4 text-xs text-ink/75">{t("networkCovers")}</p>
          </figure>
        ) : null}
      </div>
    </section>
  )
}
