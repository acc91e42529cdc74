import type { Metadata } from "next"
import { connection } from "next/server"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getCooperative } from "@/lib/data/cooperatives"
import { alternates, localized } from "@/lib/util/localized"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

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

export default async function CooperativePage({ params }: Props) {
  await connection() // per-request: region cookie, live stock; never prerendered at build
  const { locale, handle } = await params
  setRequestLocale(locale)
  const cooperative = await getCooperative(handle)
  if (!cooperative) notFound()
  const pieces = await searchCatalog({ cooperative: cooperative.handle, sort: "featured", page: 1 }, 24)
  return <CooperativeTemplate cooperative={cooperative} locale={locale} products={pieces.products} productCount={pieces.count} />
}
