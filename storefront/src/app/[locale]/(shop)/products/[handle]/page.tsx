import type { Metadata } from "next"
import { connection } from "next/server"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/catalog"
import { getExchangeRate } from "@/lib/data/exchange-rate"
import { getProduct } from "@/lib/data/products"
import { alternates } from "@/lib/util/localized"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<{ v?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await getProduct(handle)
  if (!product) return {}
  const description = product.description?.slice(0, 160) ?? undefined
  return {
    title: product.title,
    description,
    alternates: alternates(locale, `/products/${handle}`),
    openGraph: { title: product.title ?? undefined, description, images: product.thumbnail ? [product.thumbnail] : undefined },
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  await connection() // per-request: region cookie, live stock; never prerendered at build
  const [{ locale, handle }, search] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const product = await getProduct(handle)
  if (!product) notFound()
  const cooperativeHandle = product.cooperative?.handle
  const [rate, related] = await Promise.all([
    getExchangeRate(),
    cooperativeHandle
      ? searchCatalog({ cooperative: cooperativeHandle, sort: "featured", page: 1 }, 5).catch(() => null)
      : Promise.resolve(null),
  ])
  const requested = Array.isArray(search.v) ? search.v[0] : search.v
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
