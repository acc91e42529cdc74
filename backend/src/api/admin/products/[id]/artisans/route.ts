import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { setProductArtisansWorkflow } from "../../../../../workflows/cooperative/set-product-artisans"
import type { AdminSetProductArtisans } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSetProductArtisans>>, res: MedusaResponse) {
  await setProductArtisansWorkflow(req.scope).run({
    input: { product_id: req.params.id, artisan_ids: req.validatedBody.artisan_ids },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "artisans.*"], filters: { id: req.params.id } })
  res.json({ product_id: req.params.id, artisans: data[0]?.artisans ?? [] })
}
