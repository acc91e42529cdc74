import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderLedgerLockKey } from "../../../lib/payout/reversals"
import { appendLedgerEntriesStep } from "../steps/append-ledger-entries"
import { planReturnRefundReversalsStep } from "../steps/plan-return-refund-reversals"
import { type PlanOrderEarningsInput, planOrderEarningsStep } from "../steps/plan-order-earnings"
import { settleAdvancesStep } from "../steps/settle-advances"

/**
 * Writes the reversals an order's received returns and its refunds call for and are not written
 * yet (lib/payout/reversals.ts), then settles the cooperatives' advances. Run on
 * order.return_received and payment.refunded alike: it reads the whole state, so either event, a
 * replay or both at once write each reversal once. The earnings are made sure of first (a no-op
 * when they exist), under the order's lock that cancellation takes too.
 */
export const reverseReturnsAndRefundsWorkflow = createWorkflow("reverse-returns-and-refunds", (input: PlanOrderEarningsInput) => {
  const lockKey = transform({ input }, ({ input }) => orderLedgerLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planOrderEarningsStep(input)
  const earnings = transform({ plan }, ({ plan }) => plan.entries)
  const ensured = appendLedgerEntriesStep(earnings).config({ name: "append-order-earnings" })
  const reversals = planReturnRefundReversalsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, actor: input.actor })))
  const appended = appendLedgerEntriesStep(reversals)
  const settled = settleAdvancesStep(
    transform({ input, ensured, appended }, ({ input, ensured }) => ({ order_id: input.order_id, actor: input.actor, appended: ensured }))
  )
  releaseLockStep(transform({ lockKey, settled }, ({ lockKey }) => ({ key: lockKey })))
  return new WorkflowResponse(transform({ appended, settled }, ({ appended, settled }) => ({ reversals: appended, advances: settled })))
})
