import { getTranslations } from "next-intl/server"
import { formatShare } from "@/lib/util/money"
import type { Impact } from "@/lib/util/types"
import { paidFigures } from "../lib/paid-figures"

export async function ImpactBand({ impact, locale }: { impact: Impact; locale: string }) {
  const t = await getTranslations("home.impact")
  const numbers = new Intl.NumberFormat(locale === "es" ? "es-MX" : "en-US")
  const stats: { value: number; label: string }[] = [
    { value: impact.cooperatives, label: t("cooperatives", { count: impact.cooperatives }) },
    ...(impact.artisans != null ? [{ value: impact.artisans, label: t("artisans", { count: impact.artisans }) }] : []),
    { value: impact.member_families, label: t("families", { count: impact.member_families }) },
    { value: impact.products, label: t("pieces", { count: impact.products }) },
  ]
  const paid = paidFigures(impact, locale)
  return (
    <section aria-labelledby="impact-heading" className="bg-[#1d4a3e] text-paper">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:px-6 md:grid-cols-[1.1fr_1fr] md:items-center">
        <div>
          <h2 id="impact-heading" className="text-sm font-semibold tracking-wider text-maize uppercase">
            {t("title")}
          </h2>
          {impact.average_cooperative_share_bps != null ? (
            <p className="mt-3">
              <span className="block font-serif text-6xl font-semibold sm:text-7xl">
                {formatShare(impact.average_cooperative_share_bps, locale)}
              </span>
              <span className="mt-2 block text-lg text-paper">{t("share")}</span>
            </p>
          ) : null}
          <p className="mt-3 text-sm text-paper">{t("shareNote")}</p>
          {paid ? (
            <div className="mt-6 border-t border-paper/20 pt-6">
              <p>
                <span className="block font-serif text-4xl font-semibold sm:text-5xl" data-testid="impact-paid">
                  {paid.paid}
                </span>
                <span className="mt-1 block text-lg text-paper">{t("paid")}</span>
              </p>
              {paid.families > 0 ? (
                <p className="mt-2 text-paper" data-testid="impact-families-reached">
                  <span className="font-semibold">{numbers.format(paid.families)}</span> {t("familiesReached", { count: paid.families })}
                </p>
              ) : null}
              <p className="mt-2 text-sm text-paper">{t("paidNote")}</p>
            </div>
          ) : null}
        </div>
        <dl className="grid grid-cols-2 gap-4">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg bg-paper/10 p-4">
              <dt className="sr-only">{stat.label}</dt>
              <dd>
                <span className="block font-serif text-3xl font-semibold">{numbers.format(stat.value)}</span>
                <span aria-hidden="true" className="text-sm text-paper">
                  {stat.label}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  )
}
