import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertArtisanHandleFreeStep, type ArtisanInput, createArtisanStep } from "../steps/artisans"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"

export const createArtisanWorkflow = createWorkflow("create-artisan", (input: { cooperative_id: string; artisan: ArtisanInput }) => {
  assertCooperativeExistsStep({ id: input.cooperative_id })
  assertArtisanHandleFreeStep({ handle: input.artisan.handle })
  const data = transform({ input }, ({ input }) => ({ ...input.artisan, cooperative_id: input.cooperative_id }))
  const artisan = createArtisanStep(data)
  return new WorkflowResponse(artisan)
})
