import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderLedgerLockKey } from "../../../lib/payout/reversals"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { planCancellationReversalsStep } from "../steps/plan-cancellation-reversals"
import { type PlanOrderEarningsInput, planOrderEarningsStep } from "../steps/plan-order-earnings"
import { settleAdvancesStep } from "../steps/settle-advances"

/**
 * Reverses every earning of a cancelled order, to zero. The earnings are made sure of first
 * (a no-op when they exist): a cancellation handled before the order.placed subscriber ran must
 * not leave that earning standing when it lands. Under the order's lock, as refunds and returns
 * are: each reverses only what the other left. Recoupments of the reversed earnings go back to
 * the cooperative's advance.
 */
export const reverseCancelledOrderWorkflow = createWorkflow("reverse-cancelled-order", (input: PlanOrderEarningsInput) => {
  const lockKey = transform({ input }, ({ input }) => orderLedgerLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planOrderEarningsStep(input)
  const earnings = transform({ plan }, ({ plan }) => plan.entries)
  const ensured = appendLedgerEntriesStep(earnings).config({ name: "append-order-earnings" })
  const reversals = planCancellationReversalsStep(
    transform({ input, ensured }, ({ input }) => ({ order_id: input.order_id, actor: input.actor }))
  )
  const appended = appendLedgerEntriesStep(reversals)
  const settled = settleAdvancesStep(
    transform({ input, ensured, appended }, ({ input, ensured }) => ({ order_id: input.order_id, actor: input.actor, appended: ensured }))
  )
  releaseLockStep(transform({ lockKey, settled }, ({ lockKey }) => ({ key: lockKey })))
  return new WorkflowResponse(appended)
})
