import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type ProductOwnership = { id: string; title: string; cooperative_id: string | null }

/** Loads the products with their current cooperative, failing clearly on unknown ids. */
export const loadProductOwnershipStep = createStep(
  "load-product-ownership",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    if (!product_ids.length) return new StepResponse([] as ProductOwnership[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "cooperative.id"],
      filters: { id: product_ids },
    })
    const found = new Set(data.map((product) => product.id))
    const missing = product_ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}.`)
    }
    return new StepResponse(
      data.map((product) => ({
        id: product.id,
        title: product.title,
        cooperative_id: (product as any).cooperative?.id ?? null,
      }))
    )
  }
)

/** Each product belongs to exactly one cooperative: refuse to silently take one from another. */
export const assertProductsAssignableStep = createStep(
  "assert-products-assignable",
  async ({ cooperative_id, add, remove }: { cooperative_id: string; add: ProductOwnership[]; remove: ProductOwnership[] }) => {
    const taken = add.filter((product) => product.cooperative_id && product.cooperative_id !== cooperative_id)
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        taken.map((product) => `"${product.title}" (${product.id}) belongs to cooperative ${product.cooperative_id}`).join("; ") +
          ": detach it there first."
      )
    }
    const foreign = remove.filter((product) => product.cooperative_id !== cooperative_id)
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not products of this cooperative: ${foreign.map((product) => product.id).join(", ")}.`
      )
    }
    return new StepResponse(undefined)
  }
)
