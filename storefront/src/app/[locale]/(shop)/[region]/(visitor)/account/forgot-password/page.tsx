import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ForgotPasswordTemplate } from "@/modules/account/templates/password-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("forgot.metaTitle"), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <ForgotPasswordTemplate locale={locale} />
}
