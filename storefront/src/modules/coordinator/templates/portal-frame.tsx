import { portalPath } from "@/lib/util/portal"
import { portalWords } from "../render/words"

/** The portal's own frame: a plain bar and large text, no shop navigation. */
export function PortalFrame({ locale, children }: { locale: string; children: React.ReactNode }) {
  const t = portalWords(locale, "portal")
  const other = locale === "es" ? "en" : "es"
  return (
    <>
      <header className="border-b border-ink/10 bg-ink text-paper">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-4 px-4 py-3">
          <a href={portalPath(locale, "home")} className="text-lg font-semibold">
            {t("brand")}
          </a>
          <a href={portalPath(other, "home")} lang={other} className="rounded-md px-3 py-2 text-base underline underline-offset-4">
            {t("otherLanguage")}
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 bg-paper focus:outline-none">
        {children}
      </main>
    </>
  )
}
