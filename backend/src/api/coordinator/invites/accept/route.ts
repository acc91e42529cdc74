import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCoordinatorInviteWorkflow } from "../../../../workflows/coordinator/accept-coordinator-invite"
import type { CoordinatorAcceptInviteType } from "../../validators"

/** The coordinator sets a password from the invitation link; then they log in at /auth/coordinator/emailpass. */
export async function POST(req: MedusaRequest<CoordinatorAcceptInviteType>, res: MedusaResponse) {
  const { result } = await acceptCoordinatorInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ coordinator: result })
}
