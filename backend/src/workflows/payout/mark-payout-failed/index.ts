import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FailPayoutInput, failPayoutStep } from "./steps/fail-payout"

/**
 * Staff record that a SPEI payout did not reach the cooperative (the bank refused or returned it):
 * the payout fails and its amount goes back to the cooperative's balance, to be paid again.
 */
export const markPayoutFailedWorkflow = createWorkflow("mark-payout-failed", (input: FailPayoutInput) => {
  return new WorkflowResponse(failPayoutStep(input))
})
