import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { planProductArtisansStep } from "../steps/product-artisans"

/** Replaces the list of artisans credited on a product. */
export const setProductArtisansWorkflow = createWorkflow("set-product-artisans", (input: { product_id: string; artisan_ids: string[] }) => {
  const plan = planProductArtisansStep(input)
  const links = transform({ plan }, ({ plan }) => {
    const link = (artisanId: string) => ({
      [Modules.PRODUCT]: { product_id: plan.product_id },
      [COOPERATIVE_MODULE]: { artisan_id: artisanId },
    })
    return { create: plan.add.map(link), dismiss: plan.remove.map(link) }
  })
  dismissRemoteLinkStep(links.dismiss)
  createRemoteLinkStep(links.create)
  return new WorkflowResponse({ product_id: input.product_id, artisan_ids: input.artisan_ids })
})
