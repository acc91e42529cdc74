import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { OrdersTemplate } from "@/modules/account/templates/account-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("ordersPage.title"), robots: { index: false } }
}

export default async function OrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <OrdersTemplate locale={locale} />
}
