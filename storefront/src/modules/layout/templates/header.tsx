import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { RegionCode } from "@/lib/util/shop-path"
import { CartButton } from "../components/cart-button"
import { LanguageSwitch } from "../components/language-switch"
import { Logo } from "../components/logo"
import { MobileMenu } from "../components/mobile-menu"
import { RegionSwitch } from "../components/region-switch"
import { SearchBox } from "../components/search-box"

const navLink =
  "rounded-md px-2 py-1.5 text-sm font-semibold text-ink hover:bg-ink/5 hover:underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
const menuLink =
  "block rounded-md px-2 py-3 text-lg font-semibold text-ink hover:bg-ink/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"

/**
 * Desktop: one row (logo, sections, search, language, currency, cart). Phone: one compact row
 * (logo, account, cart, menu); search, sections, language and currency open from the menu. Each
 * part exists once per layout; the other layout's copy is display:none, so out of the a11y tree.
 * The same for every visitor of a language and region (cached with the page): the cart is an
 * island that asks for the visitor's own cart once the page has loaded.
 */
export async function Header({ locale, region }: { locale: string; region: RegionCode }) {
  const [t, tCart] = await Promise.all([getTranslations("header"), getTranslations("cart")])
  const other = locale === "es" ? "en" : "es"
  const sections = [
    { href: `/${locale}/store`, label: t("shop") },
    { href: `/${locale}/cooperatives`, label: t("cooperatives") },
    { href: `/${locale}/account`, label: t("account") },
  ]
  const language = <LanguageSwitch locale={locale} target={other} label={t("otherLanguage")} description={t("otherLanguageDescription")} />
  const currency = (
    <RegionSwitch
      locale={locale}
      current={region}
      label={t("currencyLabel")}
      options={[
        { code: "us", short: "USD", long: t("currencyUsd") },
        { code: "mx", short: "MXN", long: t("currencyMxn") },
      ]}
    />
  )
  const search = (inputId: string, className: string) => (
    <SearchBox
      locale={locale}
      inputId={inputId}
      label={t("searchLabel")}
      placeholder={t("searchPlaceholder")}
      submit={t("searchSubmit")}
      formLabel={t("searchLandmark")}
      className={className}
    />
  )
  return (
    <header className="relative border-b border-ink/10 bg-paper">
      <div className="mx-auto flex max-w-6xl items-center gap-x-1 px-4 py-2 sm:px-6 md:gap-x-3 md:py-3">
        <Link
          href={`/${locale}`}
          className="mr-auto shrink-0 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo md:mr-0"
          aria-label={t("home")}
        >
          <Logo label={t("brand")} />
        </Link>

        <nav aria-label={t("navLabel")} className="hidden md:ml-4 md:block">
          <ul className="flex items-center gap-1">
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className={navLink}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="hidden md:ml-auto md:block md:max-w-sm md:flex-1">{search("site-search", "")}</div>
        <div className="hidden md:block">{language}</div>
        <div className="hidden md:block">{currency}</div>

        <Link
          href={`/${locale}/account`}
          aria-label={t("account")}
          className="grid size-11 place-items-center rounded-md text-ink hover:bg-ink/5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo md:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8">
            <circle cx="12" cy="8" r="4" />
            <path d="M4 21a8 8 0 0 1 16 0" strokeLinecap="round" />
          </svg>
        </Link>
        <CartButton
          locale={locale}
          label={tCart("button")}
          drawer={{
            title: tCart("drawerTitle"),
            close: tCart("close"),
            closeLabel: tCart("closeLabel"),
            addedNotice: tCart("addedNotice"),
            empty: tCart("empty"),
            emptyHint: tCart("emptyHint"),
            subtotal: tCart("totals.subtotal"),
            shipping: tCart("totals.shipping"),
            shippingLater: tCart("totals.shippingLater"),
            checkout: tCart("checkout"),
            viewCart: tCart("viewCart"),
            quantity: tCart("quantity"),
            remove: tCart("remove"),
            removing: tCart("removing"),
          }}
        />
        <MobileMenu label={t("menu")} className="md:hidden">
          {search("site-search-menu", "")}
          <nav aria-label={t("navLabel")} className="mt-3">
            <ul className="grid">
              {sections.map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className={menuLink}>
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3 flex items-center justify-between gap-4 border-t border-ink/10 pt-4">
            {language}
            {currency}
          </div>
        </MobileMenu>
      </div>
    </header>
  )
}
