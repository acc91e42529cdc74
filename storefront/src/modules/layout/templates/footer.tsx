import Link from "next/link"
import { getTranslations } from "next-intl/server"

const footerLink =
  "underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-maize rounded-sm"

export async function Footer({ locale }: { locale: string }) {
  const t = await getTranslations("footer")
  return (
    <footer className="mt-16 bg-ink text-paper">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-3">
        <div>
          <p className="font-serif text-xl font-semibold">{t("brand")}</p>
          <p className="mt-2 text-sm text-paper/85">{t("about")}</p>
        </div>
        <nav aria-label={t("navLabel")}>
          <h2 className="text-sm font-semibold uppercase tracking-wider text-maize">{t("explore")}</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link className={footerLink} href={`/${locale}/store`}>
                {t("shop")}
              </Link>
            </li>
            <li>
              <Link className={footerLink} href={`/${locale}/cooperatives`}>
                {t("cooperatives")}
              </Link>
            </li>
            <li>
              <Link className={footerLink} href={`/${locale}/store?in_stock=true&sort=newest`}>
                {t("newArrivals")}
              </Link>
            </li>
            <li>
              <Link className={footerLink} href={`/${locale}/account`}>
                {t("account")}
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wider text-maize">{t("howTitle")}</h2>
          <p className="mt-3 text-sm text-paper/85">{t("how")}</p>
        </div>
      </div>
      <div className="border-t border-paper/15">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-paper/75 sm:px-6">{t("legal", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
