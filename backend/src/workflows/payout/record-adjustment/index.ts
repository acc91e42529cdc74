import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type AdjustmentInput, adjustmentEntry } from "../../../lib/payout/adjustments"
import { validateAdvanceStep } from "../record-advance/steps/validate-advance"
import { appendAdjustmentStep } from "./steps/append-adjustment"

/**
 * Records a staff correction of a cooperative's balance as a new ledger entry. The cooperative
 * (and the order named, if any) are checked as for an advance; the append is the only write.
 */
export const recordAdjustmentWorkflow = createWorkflow("record-adjustment", (input: AdjustmentInput) => {
  validateAdvanceStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, order_id: input.order_id })))
  const appended = appendAdjustmentStep(transform({ input }, ({ input }) => adjustmentEntry(input)))
  return new WorkflowResponse(appended)
})
