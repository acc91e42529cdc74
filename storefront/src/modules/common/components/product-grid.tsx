import type { CatalogProduct } from "@/lib/util/types"
import { ProductCard } from "./product-card"

type Props = { products: CatalogProduct[]; locale: string; priorityCount?: number; headingLevel?: "h2" | "h3"; columns?: "3" | "4" }

export function ProductGrid({ products, locale, priorityCount = 0, headingLevel, columns = "4" }: Props) {
  return (
    <ul className={`grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 ${columns === "4" ? "lg:grid-cols-4" : ""}`}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={index < priorityCount} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
