import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { fromMinor } from "@telar/fair-trade"
import { orderPaymentLockKey } from "../../../lib/returns/locks"
import { type PlanReturnRefundInput, planReturnRefundStep } from "./steps/plan-return-refund"
import { recordReturnSettlementStep } from "./steps/record-return-settlement"

export type RefundReceivedReturnInput = PlanReturnRefundInput & { actor_id?: string }

/**
 * Pieces of a return were received (Medusa's admin has put them back in the cooperative's stock):
 * the shopper gets back what they paid for them, refunded to the card through Medusa's payment
 * module (a Stripe refund). The refund names the return, its units and lines, so the payout
 * ledger reverses nothing twice. Runs on order.return_received; replays and receipts in several
 * parcels settle each unit once. Holds the order's payment lock, the one a parcel's capture takes.
 */
export const refundReceivedReturnWorkflow = createWorkflow("refund-received-return", (input: RefundReceivedReturnInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPaymentLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planReturnRefundStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, return_id: input.return_id })))
  const recorded = recordReturnSettlementStep(plan)

  when("refund-returned-pieces", { plan }, ({ plan }) => plan.refund > 0 && !!plan.payment_id).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ plan, input, recorded }, ({ plan, input }) => ({
        payment_id: plan.payment_id as string,
        amount: fromMinor(plan.refund, plan.currency_code),
        created_by: input.actor_id,
        note: `Return ${plan.return_id}: pieces received back`,
        // Medusa's input type lists no metadata; its payment module stores it on the refund.
        metadata: { return_id: plan.return_id, return_units: plan.units, line_item_ids: Object.keys(plan.units) },
      })),
    })
  })

  releaseLockStep(transform({ lockKey, plan, recorded }, ({ lockKey }) => ({ key: lockKey })))
  return new WorkflowResponse(plan)
})
