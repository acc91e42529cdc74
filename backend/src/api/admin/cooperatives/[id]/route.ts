import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCooperativeWorkflow } from "../../../../workflows/cooperative/delete-cooperative"
import { updateCooperativeWorkflow } from "../../../../workflows/cooperative/update-cooperative"
import { refetchCooperative } from "../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ cooperative: await refetchCooperative(req.params.id, req.scope, req.queryConfig.fields) })
}

export async function POST(req: AuthenticatedMedusaRequest<Record<string, any>>, res: MedusaResponse) {
  const { payout_account, ...cooperative } = req.validatedBody
  await updateCooperativeWorkflow(req.scope).run({ input: { id: req.params.id, cooperative, payout_account } })
  res.json({ cooperative: await refetchCooperative(req.params.id, req.scope, req.queryConfig.fields) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCooperativeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "cooperative", deleted: true })
}
