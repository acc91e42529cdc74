import type { Metadata, Viewport } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { siteUrl } from "@/lib/util/site"
import "../globals.css"

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "common" })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t("siteName")} · ${t("tagline")}`, template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: { siteName: t("siteName"), locale: locale === "es" ? "es_MX" : "en_US", type: "website" },
    icons: { icon: "/icon.svg" },
  }
}

export const viewport: Viewport = { themeColor: "#fbf7f1", width: "device-width", initialScale: 1 }

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations("common")
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: the catalogue pages need no message formatter in the
            browser; the visitor's pages and the coordinators' portal bring their own. */}
        {children}
      </body>
    </html>
  )
}
