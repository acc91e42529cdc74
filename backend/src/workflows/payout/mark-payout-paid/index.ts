import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_PAID_EVENT, type PayoutPaidEvent } from "../../../lib/payout/impact-events"
import { type MarkPayoutPaidInput, markPayoutPaidStep } from "./steps/mark-payout-paid"

/**
 * Staff record that a SPEI payout reached the cooperative, with the bank's tracking key ("clave
 * de rastreo"). Its ledger entry was written when the batch was created: nothing more is owed or
 * taken. A payout is marked paid once; a second attempt is refused.
 */
export const markPayoutPaidWorkflow = createWorkflow("mark-payout-paid", (input: MarkPayoutPaidInput) => {
  const payout = markPayoutPaidStep(input)
  emitEventStep({
    eventName: PAYOUT_PAID_EVENT,
    data: transform({ payout }, ({ payout }): PayoutPaidEvent => ({ id: payout.id })),
  }).config({ name: "emit-payout-paid" })
  return new WorkflowResponse(payout)
})
