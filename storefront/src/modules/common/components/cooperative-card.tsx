import { CatalogImage } from "./catalog-image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localizedList } from "@/lib/util/localized"
import type { Cooperative } from "@/lib/util/types"
import { languageList } from "../lib/language-list"

type Props = { cooperative: Cooperative; locale: string; number?: number; headingLevel?: "h2" | "h3"; important?: boolean }

export async function CooperativeCard({ cooperative, locale, number, headingLevel: Heading = "h3", important = false }: Props) {
  const [t, languages] = await Promise.all([getTranslations("cooperatives"), languageList(cooperative.languages, locale)])
  const crafts = localizedList(locale, cooperative.crafts, cooperative.crafts_es)
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-ink/10 bg-white">
      <div className="relative aspect-[3/2] bg-ink/5">
        {cooperative.cover_url ? (
          <CatalogImage
            src={cooperative.cover_url}
            alt=""
            fill
            important={important}
            sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
            className="object-cover"
          />
        ) : null}
        {number !== undefined ? (
          <span
            aria-hidden="true"
            className="absolute top-3 left-3 inline-flex size-8 items-center justify-center rounded-full border-2 border-paper bg-clay-dark text-sm font-bold text-paper"
          >
            {number}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col p-5">
        <Heading className="font-serif text-xl font-semibold text-ink">
          <Link
            href={`/${locale}/cooperatives/${cooperative.handle}`}
            className="after:absolute after:inset-0 after:rounded-xl group-hover:underline underline-offset-4 focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-indigo"
          >
            {cooperative.name}
          </Link>
        </Heading>
        <p className="text-sm text-ink/80">
          {t("place", { community: cooperative.community, municipality: cooperative.municipality, region: cooperative.region })}
        </p>
        {crafts.length ? (
          <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("crafts")}>
            {crafts.map((craft) => (
              <li key={craft} className="rounded-full bg-paper px-2.5 py-0.5 text-xs text-ink">
                {craft}
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="mt-4 grid grid-cols-3 gap-2 border-t border-ink/10 pt-3 text-center text-xs text-ink/80">
          <div>
            <dt className="sr-only">{t("memberFamilies")}</dt>
            <dd>
              <span className="block text-lg font-semibold text-ink">{cooperative.member_families ?? "—"}</span>
              <span aria-hidden="true">{t("familiesShort")}</span>
            </dd>
          </div>
          <div>
            <dt className="sr-only">{t("pieces")}</dt>
            <dd>
              <span className="block text-lg font-semibold text-ink">{cooperative.product_count}</span>
              <span aria-hidden="true">{t("piecesShort")}</span>
            </dd>
          </div>
          <div>
            <dt className="sr-only">{t("founded")}</dt>
            <dd>
              <span className="block text-lg font-semibold text-ink">{cooperative.founded_year ?? "—"}</span>
              <span aria-hidden="true">{t("foundedShort")}</span>
            </dd>
          </div>
        </dl>
        {cooperative.languages.length ? <p className="mt-3 text-xs text-ink/75">{t("speaks", { languages })}</p> : null}
      </div>
    </article>
  )
}
