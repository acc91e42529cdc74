import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { linkCooperativeProductsWorkflow } from "../../../../../workflows/cooperative/link-cooperative-products"
import { refetchCooperative } from "../../helpers"
import type { AdminLinkCooperativeProducts } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminLinkCooperativeProducts>>, res: MedusaResponse) {
  await linkCooperativeProductsWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, ...req.validatedBody } })
  res.json({ cooperative: await refetchCooperative(req.params.id, req.scope, req.queryConfig.fields) })
}
