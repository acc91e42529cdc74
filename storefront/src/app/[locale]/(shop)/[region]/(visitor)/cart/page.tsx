import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import CartTemplate from "@/modules/cart/templates/cart-template"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function CartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <CartTemplate locale={locale} />
}
