import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertArtisanHandleFreeStep, type ArtisanInput, retrieveArtisanStep, updateArtisanStep } from "../steps/artisans"

export const updateArtisanWorkflow = createWorkflow(
  "update-artisan",
  (input: { cooperative_id: string; id: string; artisan: Partial<ArtisanInput> }) => {
    retrieveArtisanStep({ id: input.id, cooperative_id: input.cooperative_id })
    assertArtisanHandleFreeStep({ handle: input.artisan.handle, artisan_id: input.id })
    const artisan = updateArtisanStep({ id: input.id, data: input.artisan })
    return new WorkflowResponse(artisan)
  }
)
