import { getTranslations } from "next-intl/server"
import type { Cooperative } from "@/lib/util/types"
import { ChiapasMap } from "@/modules/common/components/chiapas-map"
import { mapLabels } from "@/modules/common/components/map-labels"
import { CooperativeCard } from "@/modules/common/components/cooperative-card"

export async function CooperativesTemplate({ cooperatives, locale }: { cooperatives: Cooperative[]; locale: string }) {
  const [t, tMap, labels] = await Promise.all([getTranslations("cooperatives"), getTranslations("map"), mapLabels()])
  const families = cooperatives.reduce((sum, cooperative) => sum + (cooperative.member_families ?? 0), 0)
  const located = cooperatives
    .map((cooperative, index) => ({ cooperative, number: index + 1 }))
    .filter(({ cooperative }) => cooperative.latitude != null && cooperative.longitude != null)
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <div className="grid items-start gap-10 lg:grid-cols-[1fr_1.1fr]">
        <div>
          <h1 className="font-serif text-4xl font-semibold text-ink">{t("title")}</h1>
          <p className="mt-4 text-lg leading-relaxed text-ink/85">{t("intro", { count: cooperatives.length, families })}</p>
          <p className="mt-4 leading-relaxed text-ink/85">{t("howTheyWork")}</p>
          <p className="mt-6 text-sm text-ink/75">{t("mapHint")}</p>
        </div>
        <figure className="rounded-xl border border-ink/10 bg-white p-2">
          <ChiapasMap
            markers={located.map(({ cooperative, number }) => ({
              id: cooperative.id,
              lat: cooperative.latitude as number,
              lon: cooperative.longitude as number,
              number,
              href: `/${locale}/cooperatives/${cooperative.handle}`,
              label: t("markerLabel", { number, name: cooperative.name, community: cooperative.community }),
            }))}
            title={tMap("title")}
            insetLabel={tMap("inset")}
            description={tMap("description", { count: located.length })}
            {...labels}
          />
          <figcaption className="px-2 pt-2 pb-1 text-xs text-ink/75">{tMap("caption")}</figcaption>
        </figure>
      </div>

      <section aria-labelledby="list-heading" className="mt-14">
        <h2 id="list-heading" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle", { count: cooperatives.length })}
        </h2>
        <ol className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {cooperatives.map((cooperative, index) => (
            <li key={cooperative.id}>
              <CooperativeCard cooperative={cooperative} locale={locale} number={index + 1} important={index < 3} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
