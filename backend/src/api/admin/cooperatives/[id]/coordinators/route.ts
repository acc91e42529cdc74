import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { inviteCoordinatorWorkflow } from "../../../../../workflows/coordinator/invite-coordinator"
import { ADMIN_COORDINATOR_FIELDS } from "../../../coordinators/query-config"
import type { AdminInviteCoordinatorType } from "../../../coordinators/validators"

/** The cooperative's coordinators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  await service.retrieveCooperative(req.params.id, { select: ["id"] })
  const coordinators = await service.listCoordinators(
    { cooperative_id: req.params.id },
    { select: ADMIN_COORDINATOR_FIELDS, order: { name: "ASC" } }
  )
  res.json({ coordinators })
}

/** Invites a coordinator: their record, and a mail with a link to set a password (72 h, once). */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteCoordinatorType>, res: MedusaResponse) {
  const { result } = await inviteCoordinatorWorkflow(req.scope).run({ input: { ...req.validatedBody, cooperative_id: req.params.id } })
  res.status(201).json({ coordinator: result })
}
