import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { toAdminPayout } from "../../../../../lib/payout/batches"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout/mark-payout-paid"
import type { AdminMarkPayoutPaid } from "../../validators"

/** Records that a SPEI payout arrived, with the bank's tracking key; a payout already settled is refused. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminMarkPayoutPaid>>, res: MedusaResponse) {
  const { result } = await markPayoutPaidWorkflow(req.scope).run({
    input: { payout_id: req.params.id, tracking_key: req.validatedBody.tracking_key, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ payout: toAdminPayout(result) })
}
