import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_PAID_EVENT, type PayoutPaidEvent } from "../../../lib/payout/impact-events"
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
    emitEventStep({
      eventName: PAYOUT_PAID_EVENT,
      data: transform({ outcomes }, ({ outcomes }): PayoutPaidEvent[] =>
        outcomes.filter((outcome) => outcome.outcome === "paid").map((outcome) => ({ id: outcome.payout_id }))
      ),
    }).config({ name: "emit-payouts-paid" })
    return new WorkflowResponse(outcomes)
  }
)
