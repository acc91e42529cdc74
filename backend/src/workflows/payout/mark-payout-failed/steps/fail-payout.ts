import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

export type FailPayoutInput = { payout_id: string; reason: string; actor_id: string | null }

/**
 * Marks a pending SPEI payout failed and writes its `payout_failed` entry, in one transaction.
 * No compensation, on purpose: it is the workflow's last write, and the ledger is append-only;
 * the money the bank sent back is on record and a new batch pays it again.
 */
export const failPayoutStep = createStep("fail-payout", async (input: FailPayoutInput, { container }) => {
  const payout = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).failPayout({
    payout_id: input.payout_id,
    method: "spei",
    reason: input.reason,
    actor_type: "user",
    actor_id: input.actor_id,
  })
  return new StepResponse(payout)
})
