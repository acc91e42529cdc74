import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteCooperativeWorkflow } from "../../../../workflows/cooperative/delete-cooperative"
import { updateCooperativeWorkflow } from "../../../../workflows/cooperative/update-cooperative"
import { ADMIN_COOPERATIVE_FIELDS } from "../query-config"

export async function retrieveAdminCooperative(req: AuthenticatedMedusaRequest, id: string, fields?: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph(
    {
      entity: "cooperative",
      fields: fields ?? [...ADMIN_COOPERATIVE_FIELDS, "products.id", "products.title", "products.handle"],
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return cooperative
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ cooperative: await retrieveAdminCooperative(req, req.params.id, req.queryConfig?.fields) })
}

export async function POST(req: AuthenticatedMedusaRequest<Record<string, any>>, res: MedusaResponse) {
  const { payout_account, ...cooperative } = req.validatedBody
  await updateCooperativeWorkflow(req.scope).run({ input: { id: req.params.id, cooperative, payout_account } })
  res.json({ cooperative: await retrieveAdminCooperative(req, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCooperativeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "cooperative", deleted: true })
}
