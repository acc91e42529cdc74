import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createCooperativeWorkflow } from "../../../workflows/cooperative/create-cooperative"
import { refetchCooperative } from "./helpers"
import type { AdminCreateCooperative } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives, metadata } = await query.graph({
    entity: "cooperative",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ cooperatives, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateCooperative>>, res: MedusaResponse) {
  const { payout_account, sales_channel_ids, ...cooperative } = req.validatedBody
  const { result } = await createCooperativeWorkflow(req.scope).run({
    input: { cooperative, payout_account: payout_account as any, sales_channel_ids },
  })
  res.status(201).json({ cooperative: await refetchCooperative(result.cooperative.id, req.scope, req.queryConfig.fields) })
}
