import type { Metadata } from "next"
import { connection } from "next/server"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCooperatives } from "@/lib/data/cooperatives"
import { alternates } from "@/lib/util/localized"
import { CooperativesTemplate } from "@/modules/cooperatives/templates/cooperatives-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  return { title: t("title"), description: t("metaDescription"), alternates: alternates(locale, "/cooperatives") }
}

export default async function CooperativesPage({ params }: Props) {
  await connection() // per-request: region cookie, live stock; never prerendered at build
  const { locale } = await params
  setRequestLocale(locale)
  const cooperatives = await listCooperatives()
  return <CooperativesTemplate cooperatives={cooperatives} locale={locale} />
}
