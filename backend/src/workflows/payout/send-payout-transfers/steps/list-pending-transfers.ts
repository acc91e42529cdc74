import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

/** The batch's Stripe payouts still pending (reads only: nothing to compensate). */
export const listPendingTransfersStep = createStep("list-pending-transfers", async (input: { batch_id: string }, { container }) => {
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  await service.retrievePayoutBatchRecord(input.batch_id)
  const [payouts] = await service.listPayoutRecords(
    { batch_id: [input.batch_id], method: "stripe_connect", status: ["pending"] },
    { take: null }
  )
  return new StepResponse(payouts.map((payout) => payout.id))
})
