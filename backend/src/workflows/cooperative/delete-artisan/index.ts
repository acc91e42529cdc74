import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { retrieveArtisanStep, softDeleteArtisanStep } from "../steps/artisans"

export const deleteArtisanWorkflow = createWorkflow("delete-artisan", (input: { cooperative_id: string; id: string }) => {
  retrieveArtisanStep({ id: input.id, cooperative_id: input.cooperative_id })
  // Products keep existing; they just no longer name this artisan.
  const links = transform({ input }, ({ input }) => [{ [COOPERATIVE_MODULE]: { artisan_id: input.id } }])
  removeRemoteLinkStep(links)
  softDeleteArtisanStep({ id: input.id })
  return new WorkflowResponse({ id: input.id, deleted: true })
})
