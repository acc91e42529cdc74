import { portalPath } from "@/lib/util/portal"
import { type PortalSection, portalLink } from "../lib/portal-ui"
import { portalWords } from "../render/words"

type HeaderProps = { backHref: string; backLabel: string; cooperative: string; title: string; intro: string }

/** A portal page's head: the way back, the cooperative it belongs to, its title and what it is for. */
export function PortalPageHeader({ backHref, backLabel, cooperative, title, intro }: HeaderProps) {
  return (
    <header className="grid gap-1">
      <a href={backHref} className={portalLink}>
        ← {backLabel}
      </a>
      <p className="text-lg text-ink/80">{cooperative}</p>
      <h1 className="font-serif text-3xl font-semibold text-ink">{title}</h1>
      <p className="text-base text-ink/80">{intro}</p>
    </header>
  )
}

type SectionProps = { locale: string; section: PortalSection; cooperative: string; children: React.ReactNode }

/** A page reached from the shelf: its head (worded in `portal.<section>`) leads back there, then the page itself. */
export function PortalSectionPage({ locale, section, cooperative, children }: SectionProps) {
  const t = portalWords(locale, `portal.${section}`)
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <PortalPageHeader
        backHref={portalPath(locale, "home")}
        backLabel={t("shelfLink")}
        cooperative={cooperative}
        title={t("title")}
        intro={t("intro")}
      />
      {children}
    </div>
  )
}
