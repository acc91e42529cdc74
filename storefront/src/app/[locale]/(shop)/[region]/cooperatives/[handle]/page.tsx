import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getCooperative } from "@/lib/data/cooperatives"
import { alternates, localized } from "@/lib/util/localized"
import { isRegionCode } from "@/lib/util/shop-path"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; region: string; handle: string }> }

export function generateStaticParams() {
  // None at build time: each cooperative's page is rendered on its first visit, then cached.
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const cooperative = await getCooperative(handle)
  if (!cooperative) return {}
  const description = localized(locale, cooperative.story_en, cooperative.story_es).slice(0, 160)
  return {
    title: `${cooperative.name} · ${cooperative.community}`,
    description,
    alternates: alternates(locale, `/cooperatives/${handle}`),
    openGraph: { images: cooperative.cover_url ? [cooperative.cover_url] : undefined },
  }
}

/** Cached per language and region; the backend's revalidation hook refreshes it (stock, prices). */
export default async function CooperativePage({ params }: Props) {
  const { locale, region, handle } = await params
  if (!isRegionCode(region)) notFound()
  setRequestLocale(locale)
  const cooperative = await getCooperative(handle)
  if (!cooperative) notFound()
  const pieces = await searchCatalog({ cooperative: cooperative.handle, sort: "featured", page: 1 }, { locale, region }, 24)
  return <CooperativeTemplate cooperative={cooperative} locale={locale} products={pieces.products} productCount={pieces.count} />
}
