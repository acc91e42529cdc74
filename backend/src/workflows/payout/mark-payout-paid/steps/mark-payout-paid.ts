import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

export type MarkPayoutPaidInput = { payout_id: string; tracking_key: string; actor_id: string | null }

/** Marks a pending SPEI payout paid with the bank's tracking key (one conditional UPDATE); undone back to pending. */
export const markPayoutPaidStep = createStep(
  "mark-payout-paid",
  async (input: MarkPayoutPaidInput, { container }) => {
    const { payout, changed } = await container
      .resolve<PayoutModuleService>(PAYOUT_MODULE)
      .markPayoutPaid({ payout_id: input.payout_id, method: "spei", tracking_key: input.tracking_key, actor_id: input.actor_id })
    return new StepResponse(payout, changed ? payout.id : null)
  },
  async (payoutId, { container }) => {
    if (payoutId) await container.resolve<PayoutModuleService>(PAYOUT_MODULE).undoMarkPayoutPaid(payoutId)
  }
)
