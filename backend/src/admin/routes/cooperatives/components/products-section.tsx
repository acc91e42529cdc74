import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import type { AdminCooperative } from "../../../lib/types"

/** The cooperative's products; each product's page has the Cooperative widget for artisans and producer prices. */
export const ProductsSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const products = cooperative.products ?? []
  return (
    <Section
      title={`Products (${products.length})`}
      description="Attach a product from its own page, in the Cooperative card."
      testId="cooperative-products"
    >
      {!products.length ? (
        <Muted>No products yet.</Muted>
      ) : (
        <ul className="flex flex-col gap-y-1">
          {products.map((product) => (
            <li key={product.id}>
              <Text size="small" asChild>
                <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:underline">
                  {product.title ?? product.id}
                </Link>
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
