import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminPayoutBatch } from "../../../lib/payout/batches"
import { PAYOUT_BATCH_FIELDS, pickFields } from "../../../lib/payout/batches-query"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { createPayoutBatchWorkflow } from "../../../workflows/payout/create-payout-batch"
import { sendTransfersAndReload } from "./helpers"
import type { AdminCreatePayoutBatchType } from "./validators"

/** Payout batches, newest first, each with its payouts and totals. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip, take } = req.queryConfig.pagination
  const [batches, count] = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutBatchRecords({}, { skip, take })
  res.json({
    payout_batches: batches.map((batch) => pickFields(toAdminPayoutBatch(batch), req.queryConfig.fields, PAYOUT_BATCH_FIELDS)),
    count,
    offset: skip,
    limit: take,
  })
}

/**
 * Creates a batch: each cooperative's balance drops by its payout at once. SPEI payouts then wait
 * for staff to send them (export.csv) and mark them paid; Stripe Connect payouts are sent now.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePayoutBatchType>, res: MedusaResponse) {
  const actorId = req.auth_context?.actor_id ?? null
  const { result: batch } = await createPayoutBatchWorkflow(req.scope).run({
    input: { payouts: req.validatedBody.payouts, method: req.validatedBody.method, note: req.validatedBody.note, actor_id: actorId },
  })
  if (!batch.payouts.some((payout) => payout.method === "stripe_connect")) {
    res.status(201).json({ payout_batch: toAdminPayoutBatch(batch), transfer_errors: [] })
    return
  }
  res.status(201).json(await sendTransfersAndReload(req.scope, batch.id, actorId))
}
