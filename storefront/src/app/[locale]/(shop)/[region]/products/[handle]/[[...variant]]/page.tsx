import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getExchangeRate } from "@/lib/data/exchange-rate"
import { getProduct } from "@/lib/data/products"
import { alternates } from "@/lib/util/localized"
import { isRegionCode } from "@/lib/util/shop-path"
import { ProductTemplate } from "@/modules/products/templates/product-template"

/** variant: the shopper's ?v=<variant id>, which the proxy moves into the path (a cached page reads no query). */
type Props = { params: Promise<{ locale: string; region: string; handle: string; variant?: string[] }> }

export function generateStaticParams() {
  // None at build time: each product page is rendered on its first visit, then cached.
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, region, handle } = await params
  if (!isRegionCode(region)) return {}
  setRequestLocale(locale)
  const product = await getProduct(handle, { locale, region })
  if (!product) return {}
  const description = product.description?.slice(0, 160) ?? undefined
  return {
    title: product.title,
    description,
    alternates: alternates(locale, `/products/${handle}`),
    openGraph: { title: product.title ?? undefined, description, images: product.thumbnail ? [product.thumbnail] : undefined },
  }
}

/** Cached per language, region and chosen variant; the backend's revalidation hook refreshes it (stock, prices). */
export default async function ProductPage({ params }: Props) {
  const { locale, region, handle, variant = [] } = await params
  if (!isRegionCode(region) || variant.length > 1) notFound()
  setRequestLocale(locale)
  const view = { locale, region }
  const product = await getProduct(handle, view)
  if (!product) notFound()
  // An id that is not one of its variants (an old link) shows the product as it is, as ?v= always did.
  const requested = variant[0]
  const cooperativeHandle = product.cooperative?.handle
  const [rate, related] = await Promise.all([
    getExchangeRate(),
    cooperativeHandle
      ? searchCatalog({ cooperative: cooperativeHandle, sort: "featured", page: 1 }, view, 5).catch(() => null)
      : Promise.resolve(null),
  ])
  return (
    <ProductTemplate
      product={product}
      locale={locale}
      requestedVariantId={requested}
      rate={rate}
      related={(related?.products ?? []).filter((entry) => entry.id !== product.id).slice(0, 4)}
    />
  )
}
