import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listPendingTransfersStep } from "./steps/list-pending-transfers"
import { transferPayoutsStep } from "./steps/transfer-payouts"

/**
 * Pays a batch's pending Stripe Connect payouts by transfer and settles each from Stripe's answer.
 * Safe to run again at any time: each payout's transfer is made at most once.
 */
export const sendPayoutTransfersWorkflow = createWorkflow(
  "send-payout-transfers",
  (input: { batch_id: string; actor_id: string | null }) => {
    const payoutIds = listPendingTransfersStep(transform({ input }, ({ input }) => ({ batch_id: input.batch_id })))
    const outcomes = transferPayoutsStep(
      transform({ input, payoutIds }, ({ input, payoutIds }) => ({ payout_ids: payoutIds, actor_id: input.actor_id }))
    )
    return new WorkflowResponse(outcomes)
  }
)
