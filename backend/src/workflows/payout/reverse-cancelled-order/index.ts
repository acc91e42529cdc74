import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { planCancellationReversalsStep } from "../steps/plan-cancellation-reversals"
import { type PlanOrderEarningsInput, planOrderEarningsStep } from "../steps/plan-order-earnings"

/**
 * Reverses every earning of a cancelled order, to zero. The earnings are made sure of first
 * (a no-op when they exist): a cancellation handled before the order.placed subscriber ran must
 * not leave that earning standing when it lands.
 */
export const reverseCancelledOrderWorkflow = createWorkflow("reverse-cancelled-order", (input: PlanOrderEarningsInput) => {
  const plan = planOrderEarningsStep(input)
  const earnings = transform({ plan }, ({ plan }) => plan.entries)
  const ensured = appendLedgerEntriesStep(earnings).config({ name: "append-order-earnings" })
  const reversals = planCancellationReversalsStep(
    transform({ input, ensured }, ({ input }) => ({ order_id: input.order_id, actor: input.actor }))
  )
  const appended = appendLedgerEntriesStep(reversals)
  return new WorkflowResponse(appended)
})
