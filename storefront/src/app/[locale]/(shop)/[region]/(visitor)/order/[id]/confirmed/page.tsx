import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "order" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  setRequestLocale(locale)
  return <OrderConfirmedTemplate id={id} locale={locale} />
}
