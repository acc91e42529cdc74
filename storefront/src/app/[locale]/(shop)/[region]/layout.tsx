import { getTranslations, setRequestLocale } from "next-intl/server"
import { isRegionCode } from "@/lib/util/shop-path"
import { ErrorStrings } from "@/modules/layout/components/error-strings"
import { Footer } from "@/modules/layout/templates/footer"
import { Header } from "@/modules/layout/templates/header"

/**
 * The shop's frame: header, main content, footer (the coordinators' portal has its own). The proxy
 * puts the shopper's region in the path (lib/util/shop-path), so this frame and the pages under it
 * are rendered once per language and region and then served from Next's cache.
 */
export function generateStaticParams() {
  // None at build time (the backend may not be up): each page is rendered on its first visit, then cached.
  return []
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string; region: string }> }

export default async function ShopLayout({ children, params }: Props) {
  const { locale, region } = await params
  setRequestLocale(locale)
  const t = await getTranslations("error")
  return (
    <ErrorStrings
      value={{ title: t("title"), body: t("body"), reference: t.raw("reference") as string, retry: t("retry"), home: t("home") }}
    >
      {/* An address outside the shop's regions only reaches the catch-all's 404: show it in USD. */}
      <Header locale={locale} region={isRegionCode(region) ? region : "us"} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer locale={locale} />
    </ErrorStrings>
  )
}
