import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ payment?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const payment = typeof query.payment === "string" ? query.payment : undefined
  return <CheckoutTemplate locale={locale} payment={payment} />
}
