import Link from "next/link"
import { Suspense } from "react"
import { getTranslations } from "next-intl/server"
import { CartButton } from "../components/cart-button"
import { getRegionCode } from "@/lib/data/regions"
import { LanguageSwitch } from "../components/language-switch"
import { Logo } from "../components/logo"
import { RegionSwitch } from "../components/region-switch"
import { SearchBox } from "../components/search-box"

const navLink =
  "rounded-md px-2 py-1.5 text-sm font-semibold text-ink hover:bg-ink/5 hover:underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

export async function Header({ locale }: { locale: string }) {
  const [t, region] = await Promise.all([getTranslations("header"), getRegionCode()])
  const other = locale === "es" ? "en" : "es"
  return (
    <header className="border-b border-ink/10 bg-paper">
      {/* Mobile rows: logo · language · cart / sections · currency / search. Desktop: one row. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href={`/${locale}`}
          className="order-1 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo"
          aria-label={t("home")}
        >
          <Logo label={t("brand")} />
        </Link>
        <nav aria-label={t("navLabel")} className="order-3 md:order-2 md:ml-4">
          <ul className="flex items-center gap-1">
            <li>
              <Link href={`/${locale}/store`} className={navLink}>
                {t("shop")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/cooperatives`} className={navLink}>
                {t("cooperatives")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/account`} className={navLink}>
                {t("account")}
              </Link>
            </li>
          </ul>
        </nav>
        <SearchBox
          locale={locale}
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          submit={t("searchSubmit")}
          formLabel={t("searchLandmark")}
          className="order-6 basis-full md:order-3 md:ml-auto md:max-w-sm md:flex-1 md:basis-auto"
        />
        <div className="order-2 ml-auto md:order-4 md:ml-0">
          <Suspense fallback={<span className="px-2 py-1.5 text-sm">{t("otherLanguage")}</span>}>
            <LanguageSwitch locale={locale} target={other} label={t("otherLanguage")} description={t("otherLanguageDescription")} />
          </Suspense>
        </div>
        <div className="order-4 ml-auto md:order-5 md:ml-0">
          <RegionSwitch
            current={region}
            label={t("currencyLabel")}
            options={[
              { code: "us", short: "USD", long: t("currencyUsd") },
              { code: "mx", short: "MXN", long: t("currencyMxn") },
            ]}
          />
        </div>
        <div className="order-2 md:order-6">
          <CartButton />
        </div>
        <div aria-hidden="true" className="order-2 basis-full md:hidden" />
        <div aria-hidden="true" className="order-5 basis-full md:hidden" />
      </div>
    </header>
  )
}
