import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ProductArtisanPlan = { product_id: string; add: string[]; remove: string[] }

/** Works out which artisan links to add and remove, and checks the artisans work for the product's cooperative. */
export const planProductArtisansStep = createStep(
  "plan-product-artisans",
  async ({ product_id, artisan_ids }: { product_id: string; artisan_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "cooperative.id", "artisans.id"],
      filters: { id: product_id },
    })
    const product = products[0] as any
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${product_id}" was not found.`)
    }
    if (!product.cooperative?.id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Attach the product to its cooperative before naming its artisans.")
    }
    const wanted = [...new Set(artisan_ids)]
    if (wanted.length) {
      const { data: artisans } = await query.graph({
        entity: "artisan",
        fields: ["id", "cooperative.id"],
        filters: { id: wanted },
      })
      const ofCooperative = new Set(
        artisans.filter((artisan: any) => artisan.cooperative?.id === product.cooperative.id).map((a: any) => a.id)
      )
      const strangers = wanted.filter((id) => !ofCooperative.has(id))
      if (strangers.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `These artisans are unknown or not members of the product's cooperative: ${strangers.join(", ")}.`
        )
      }
    }
    const current: string[] = (product.artisans ?? []).filter(Boolean).map((artisan: any) => artisan.id)
    return new StepResponse<ProductArtisanPlan>({
      product_id,
      add: wanted.filter((id) => !current.includes(id)),
      remove: current.filter((id) => !wanted.includes(id)),
    })
  }
)
