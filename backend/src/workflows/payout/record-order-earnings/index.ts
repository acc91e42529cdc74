import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { type PlanOrderEarningsInput, planOrderEarningsStep } from "../steps/plan-order-earnings"

/** Writes what a placed order owes each cooperative: one earning per priced line, exactly once. */
export const recordOrderEarningsWorkflow = createWorkflow("record-order-earnings", (input: PlanOrderEarningsInput) => {
  const plan = planOrderEarningsStep(input)
  const entries = transform({ plan }, ({ plan }) => plan.entries)
  const appended = appendLedgerEntriesStep(entries)
  return new WorkflowResponse(transform({ appended, plan }, ({ appended, plan }) => ({ appended, skipped: plan.skipped })))
})
