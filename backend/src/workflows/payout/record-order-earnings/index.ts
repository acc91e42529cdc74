import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { type PlanOrderEarningsInput, planOrderEarningsStep } from "../steps/plan-order-earnings"
import { settleAdvancesStep } from "../steps/settle-advances"

/**
 * Writes what a placed order owes each cooperative: one earning per priced line, exactly once;
 * then recoups any advance the cooperative still has outstanding from those earnings.
 */
export const recordOrderEarningsWorkflow = createWorkflow("record-order-earnings", (input: PlanOrderEarningsInput) => {
  const plan = planOrderEarningsStep(input)
  const entries = transform({ plan }, ({ plan }) => plan.entries)
  const appended = appendLedgerEntriesStep(entries)
  const recouped = settleAdvancesStep(
    transform({ input, appended }, ({ input, appended }) => ({ order_id: input.order_id, actor: input.actor, appended }))
  )
  return new WorkflowResponse(
    transform({ appended, plan, recouped }, ({ appended, plan, recouped }) => ({ appended, skipped: plan.skipped, recouped }))
  )
})
