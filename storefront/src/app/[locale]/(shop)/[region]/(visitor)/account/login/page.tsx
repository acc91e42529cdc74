import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { LoginTemplate } from "@/modules/account/templates/account-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("login.metaTitle"), robots: { index: false } }
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[]; reset?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  return (
    <LoginTemplate
      locale={locale}
      next={typeof query.next === "string" ? query.next : undefined}
      passwordChanged={query.reset === "done"}
    />
  )
}
