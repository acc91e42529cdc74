import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { advanceEntry } from "../../../lib/payout/advances"
import type { LedgerActor } from "../../../lib/payout/reversals-lines"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { validateAdvanceStep } from "./steps/validate-advance"

export type RecordAdvanceInput = {
  cooperative_id: string
  /** Positive centavos (MXN). */
  amount: number
  /** Names this grant: the same key twice (a double click, a retried request) records one advance. */
  idempotency_key: string
  order_id?: string | null
  note?: string | null
  actor: LedgerActor
}

/**
 * Records an advance to a cooperative: the balance rises by it (the next payout batch pays it)
 * and later earnings recoup it (lib/payout/advances.ts). One append, the last step: nothing
 * before it writes, so nothing needs undoing.
 */
export const recordAdvanceWorkflow = createWorkflow("record-advance", (input: RecordAdvanceInput) => {
  validateAdvanceStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, order_id: input.order_id })))
  const entries = transform({ input }, ({ input }) => [advanceEntry(input)])
  const appended = appendLedgerEntriesStep(entries)
  return new WorkflowResponse(transform({ appended }, ({ appended }) => appended[0]))
})
