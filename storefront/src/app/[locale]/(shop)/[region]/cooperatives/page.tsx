import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCooperatives } from "@/lib/data/cooperatives"
import { alternates } from "@/lib/util/localized"
import { isRegionCode } from "@/lib/util/shop-path"
import { CooperativesTemplate } from "@/modules/cooperatives/templates/cooperatives-template"

type Props = { params: Promise<{ locale: string; region: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  return { title: t("title"), description: t("metaDescription"), alternates: alternates(locale, "/cooperatives") }
}

/** Cached per language and region; the backend's revalidation hook refreshes it. */
export default async function CooperativesPage({ params }: Props) {
  const { locale, region } = await params
  if (!isRegionCode(region)) notFound()
  setRequestLocale(locale)
  const cooperatives = await listCooperatives()
  return <CooperativesTemplate cooperatives={cooperatives} locale={locale} />
}
