import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { OrderTemplate } from "@/modules/account/templates/account-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("ordersPage.title"), robots: { index: false } }
}

export default async function OrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  setRequestLocale(locale)
  return <OrderTemplate locale={locale} id={id} />
}
