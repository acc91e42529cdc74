import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createArtisanWorkflow } from "../../../../../workflows/cooperative/create-artisan"
import type { AdminCreateArtisan } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "cooperative", fields: ["id", "artisans.*", "artisans.products.id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ artisans: data[0].artisans })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateArtisan>>, res: MedusaResponse) {
  const { result } = await createArtisanWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, artisan: req.validatedBody },
  })
  res.status(201).json({ artisan: result })
}
