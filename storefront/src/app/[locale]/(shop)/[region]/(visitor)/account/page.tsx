import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { OverviewTemplate } from "@/modules/account/templates/account-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <OverviewTemplate locale={locale} />
}
