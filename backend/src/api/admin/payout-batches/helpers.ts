import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminPayoutBatch } from "@telar/types"
import { toAdminPayoutBatch } from "../../../lib/payout/batches"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { sendPayoutTransfersWorkflow } from "../../../workflows/payout/send-payout-transfers"
import type { TransferOutcome } from "../../../workflows/payout/send-payout-transfers/steps/transfer-payouts"

/**
 * Sends the batch's pending Stripe transfers and answers the batch as it stands after. Stripe not
 * answering is not an error of the request: those payouts stay pending and `transfer_errors`
 * says why, to retry with POST /admin/payout-batches/:id/transfers.
 */
export async function sendTransfersAndReload(
  scope: MedusaContainer,
  batchId: string,
  actorId: string | null
): Promise<{ payout_batch: AdminPayoutBatch; transfer_errors: { payout_id: string; message: string }[] }> {
  const { result } = await sendPayoutTransfersWorkflow(scope).run({ input: { batch_id: batchId, actor_id: actorId } })
  const batch = await scope.resolve<PayoutModuleService>(PAYOUT_MODULE).retrievePayoutBatchRecord(batchId)
  const unknown = (result as TransferOutcome[]).filter((outcome) => outcome.outcome === "unknown")
  return {
    payout_batch: toAdminPayoutBatch(batch),
    transfer_errors: unknown.map((outcome) => ({ payout_id: outcome.payout_id, message: outcome.message ?? "No answer from Stripe." })),
  }
}
