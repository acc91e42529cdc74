import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { linkCooperativeProductsWorkflow } from "../../../../../workflows/cooperative/link-cooperative-products"
import type { AdminLinkCooperativeProducts } from "../../validators"
import { retrieveAdminCooperative } from "../route"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminLinkCooperativeProducts>>, res: MedusaResponse) {
  await linkCooperativeProductsWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, ...req.validatedBody } })
  res.json({ cooperative: await retrieveAdminCooperative(req, req.params.id) })
}
