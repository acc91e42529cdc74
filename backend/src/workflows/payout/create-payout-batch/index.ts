import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutMethod } from "../../../modules/payout/models/payout"
import { createPayoutBatchStep } from "./steps/create-payout-batch"
import { resolvePayoutDestinationsStep } from "./steps/resolve-payout-destinations"

export type CreatePayoutBatchWorkflowInput = {
  /** Each cooperative once; `amount` in centavos, or omitted for its whole available balance. */
  payouts: { cooperative_id: string; amount?: number | null }[]
  /** When given, every cooperative must be paid by this method. */
  method?: PayoutMethod
  note?: string | null
  actor_id: string | null
}

/**
 * Staff decide to pay cooperatives: one pending payout each, to the account on file, and the
 * balance drops at once (a `payout` ledger entry), so the same pesos are never promised twice.
 * Stripe transfers are sent afterwards by send-payout-transfers, never inside this workflow: a
 * transfer sent cannot be taken back by a compensation.
 */
export const createPayoutBatchWorkflow = createWorkflow("create-payout-batch", (input: CreatePayoutBatchWorkflowInput) => {
  const destinations = resolvePayoutDestinationsStep(
    transform({ input }, ({ input }) => ({ payouts: input.payouts, method: input.method }))
  )
  const batch = createPayoutBatchStep(
    transform({ input, destinations }, ({ input, destinations }) => ({
      note: input.note ?? null,
      created_by: input.actor_id,
      payouts: destinations,
    }))
  )
  return new WorkflowResponse(batch)
})
