import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { RegisterTemplate } from "@/modules/account/templates/account-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("register.metaTitle"), robots: { index: false } }
}

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  return <RegisterTemplate locale={locale} next={typeof query.next === "string" ? query.next : undefined} />
}
