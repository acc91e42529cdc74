import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type MarkPayoutPaidInput, markPayoutPaidStep } from "./steps/mark-payout-paid"

/**
 * Staff record that a SPEI payout reached the cooperative, with the bank's tracking key ("clave
 * de rastreo"). Its ledger entry was written when the batch was created: nothing more is owed or
 * taken. A payout is marked paid once; a second attempt is refused.
 */
export const markPayoutPaidWorkflow = createWorkflow("mark-payout-paid", (input: MarkPayoutPaidInput) => {
  return new WorkflowResponse(markPayoutPaidStep(input))
})
