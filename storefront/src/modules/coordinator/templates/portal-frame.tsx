import { getTranslations } from "next-intl/server"
import Link from "next/link"
import { portalPath } from "@/lib/util/portal"

/** The portal's own frame: a plain bar and large text, no shop navigation. */
export async function PortalFrame({ locale, children }: { locale: string; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: "portal" })
  const other = locale === "es" ? "en" : "es"
  return (
    <>
      <header className="border-b border-ink/10 bg-ink text-paper">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-4 px-4 py-3">
          <Link href={portalPath(locale, "home")} className="text-lg font-semibold">
            {t("brand")}
          </Link>
          <Link href={portalPath(other, "home")} lang={other} className="rounded-md px-3 py-2 text-base underline underline-offset-4">
            {t("otherLanguage")}
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 bg-paper focus:outline-none">
        {children}
      </main>
    </>
  )
}
