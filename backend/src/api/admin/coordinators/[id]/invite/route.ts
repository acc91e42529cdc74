import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendCoordinatorInviteWorkflow } from "../../../../../workflows/coordinator/resend-coordinator-invite"

/** Mails a fresh invitation; the previous link stops working. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await resendCoordinatorInviteWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ coordinator: result })
}
