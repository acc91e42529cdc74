import { fromMinor } from "@telar/fair-trade"

export type ProductJsonLdInput = {
  name: string
  description?: string | null
  url: string
  images: string[]
  sku?: string | null
  brand?: string | null
  /** Price of the selected variant in minor units, with its currency. */
  price: { minor: number; currency: string } | null
  available: boolean
  origin?: string | null
}

/** schema.org Product for search engines (https://schema.org/Product). */
export function productJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    url: input.url,
  }
  if (input.images.length) data.image = input.images
  if (input.description) data.description = input.description
  if (input.sku) data.sku = input.sku
  if (input.brand) data.brand = { "@type": "Brand", name: input.brand }
  if (input.origin) data.countryOfOrigin = { "@type": "Country", name: "MX" }
  if (input.price) {
    data.offers = {
      "@type": "Offer",
      url: input.url,
      price: fromMinor(input.price.minor, input.price.currency),
      priceCurrency: input.price.currency.toUpperCase(),
      availability: input.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    }
  }
  return data
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in the data. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
