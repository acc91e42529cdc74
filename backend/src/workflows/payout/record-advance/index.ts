import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type AdvanceInput, advanceEntry } from "../../../lib/payout/advances"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { validateAdvanceStep } from "./steps/validate-advance"

/**
 * Records an advance to a cooperative: the balance rises by it (the next payout batch pays it)
 * and later earnings recoup it (lib/payout/advances.ts). One append, the last step: nothing
 * before it writes, so nothing needs undoing.
 */
export const recordAdvanceWorkflow = createWorkflow("record-advance", (input: AdvanceInput) => {
  validateAdvanceStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, order_id: input.order_id })))
  const entries = transform({ input }, ({ input }) => [advanceEntry(input)])
  const appended = appendLedgerEntriesStep(entries)
  return new WorkflowResponse(transform({ appended }, ({ appended }) => appended[0]))
})
