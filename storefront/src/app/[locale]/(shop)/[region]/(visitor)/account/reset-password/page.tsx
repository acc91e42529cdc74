import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { queryValue } from "@/lib/util/reset-link"
import { ResetPasswordTemplate } from "@/modules/account/templates/password-pages"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  // The token is in this page's address: it must not leave in a Referer header.
  return { title: t("reset.metaTitle"), robots: { index: false }, referrer: "no-referrer" }
}

export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  return <ResetPasswordTemplate locale={locale} token={queryValue(query.token)} email={queryValue(query.email).trim().toLowerCase()} />
}
