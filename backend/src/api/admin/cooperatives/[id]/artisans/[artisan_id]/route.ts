import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { deleteArtisanWorkflow } from "../../../../../../workflows/cooperative/delete-artisan"
import { updateArtisanWorkflow } from "../../../../../../workflows/cooperative/update-artisan"
import type { AdminUpdateArtisan } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateArtisan>>, res: MedusaResponse) {
  const { result } = await updateArtisanWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, id: req.params.artisan_id, artisan: req.validatedBody },
  })
  res.json({ artisan: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteArtisanWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, id: req.params.artisan_id } })
  res.json({ id: req.params.artisan_id, object: "artisan", deleted: true })
}
