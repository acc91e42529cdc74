import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { listCategories } from "@/lib/data/categories"
import { listCooperatives } from "@/lib/data/cooperatives"
import { getExchangeRate } from "@/lib/data/exchange-rate"
import { getImpact } from "@/lib/data/impact"
import { getProduct } from "@/lib/data/products"
import { exampleSplit } from "@/lib/util/example"
import { alternates } from "@/lib/util/localized"
import { isRegionCode } from "@/lib/util/shop-path"
import { HomeTemplate } from "@/modules/home/templates/home-template"

type Props = { params: Promise<{ locale: string; region: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "home" })
  return { title: { absolute: t("metaTitle") }, description: t("metaDescription"), alternates: alternates(locale, "/") }
}

/** Cached per language and region; the backend's revalidation hook refreshes it (stock, prices). */
export default async function HomePage({ params }: Props) {
  const { locale, region } = await params
  if (!isRegionCode(region)) notFound()
  setRequestLocale(locale)
  const view = { locale, region }
  const [featured, cooperatives, categories, impact, rate] = await Promise.all([
    searchCatalog({ sort: "featured", in_stock: true, page: 1 }, view, 8),
    listCooperatives(),
    listCategories(locale).catch(() => []),
    getImpact(),
    getExchangeRate(),
  ])
  const examplePiece = featured.products.find((product) => product.cooperative)
  const exampleProduct = examplePiece ? await getProduct(examplePiece.handle, view).catch(() => null) : null
  const spotlight = [...cooperatives].sort((a, b) => b.product_count - a.product_count).slice(0, 3)
  return (
    <HomeTemplate
      locale={locale}
      featured={featured.products}
      cooperatives={spotlight}
      categories={categories}
      impact={impact}
      example={exampleProduct ? exampleSplit(exampleProduct, rate) : null}
    />
  )
}
