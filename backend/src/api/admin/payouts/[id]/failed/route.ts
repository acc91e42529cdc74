import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { toAdminPayout } from "../../../../../lib/payout/batches"
import { markPayoutFailedWorkflow } from "../../../../../workflows/payout/mark-payout-failed"
import type { AdminMarkPayoutFailed } from "../../validators"

/** Records that a SPEI payout did not arrive: its amount goes back to the cooperative's balance. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminMarkPayoutFailed>>, res: MedusaResponse) {
  const { result } = await markPayoutFailedWorkflow(req.scope).run({
    input: { payout_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ payout: toAdminPayout(result) })
}
