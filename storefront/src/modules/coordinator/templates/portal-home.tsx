import type { CoordinatorProfile } from "@telar/types"
import { portalPath } from "@/lib/util/portal"
import { Shelf, type ShelfProps } from "../components/shelf"
import { PORTAL_SECTIONS, portalButton, portalButtonQuiet } from "../lib/portal-ui"
import { Island } from "../render/document"
import { portalWords } from "../render/words"

/** The cooperative's shelf: every piece with its stock, what orders hold and what sold lately. */
export function PortalHome({ locale, me, shelf }: { locale: string; me: CoordinatorProfile; shelf: ShelfProps }) {
  const t = portalWords(locale, "portal")
  return (
    <div className="mx-auto grid max-w-xl gap-6 px-4 py-6">
      <header className="grid gap-1">
        <p className="text-lg text-ink/80">{t("home.hello", { name: me.name })}</p>
        <h1 className="font-serif text-3xl font-semibold text-ink">{me.cooperative.name}</h1>
        <p className="text-base text-ink/80">{t("home.intro")}</p>
      </header>
      {PORTAL_SECTIONS.map((section) => (
        <a
          key={section}
          href={portalPath(locale, section)}
          className={section === "orders" ? portalButton : portalButtonQuiet}
          data-testid={`portal-${section}-link`}
        >
          {t(`${section}.link`)}
          <span aria-hidden="true">→</span>
        </a>
      ))}
      <Island name="shelf" props={shelf}>
        <Shelf {...shelf} />
      </Island>
      <form action="/api/portal/logout" method="post">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="text-base font-semibold text-indigo underline underline-offset-4">
          {t("home.logout")}
        </button>
      </form>
    </div>
  )
}
