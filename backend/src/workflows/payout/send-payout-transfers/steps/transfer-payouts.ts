import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutStripeClient, sendPayoutTransfer } from "../../../../lib/payout/batches-stripe"
import type { StripeClient } from "../../../../modules/stripe-payment/client"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

export type TransferOutcome = {
  payout_id: string
  outcome: "paid" | "failed" | "unknown"
  stripe_transfer_id: string | null
  /** Stripe's reason for a refusal, or why the outcome is not known yet. */
  message: string | null
}

/**
 * Sends each payout's Stripe transfer and settles the payout from Stripe's answer, one payout at a
 * time: sent → paid; refused → failed, and its amount goes back to the balance; no answer → still
 * pending, to be retried (with the same idempotency key: never a second transfer). The compensation
 * returns the payouts this step marked paid to pending; it never reverses a transfer: a retry finds
 * the same transfer and marks them paid again.
 */
export const transferPayoutsStep = createStep(
  "transfer-payouts",
  async (input: { payout_ids: string[]; actor_id: string | null }, { container }) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    let stripe: StripeClient | null = null
    const outcomes: TransferOutcome[] = []
    const markedPaid: string[] = []
    for (const payoutId of input.payout_ids) {
      const [[payout]] = await service.listPayoutRecords({ id: [payoutId], status: ["pending"] }, { take: 1 })
      if (!payout) continue
      stripe ??= payoutStripeClient()
      const attempt = await sendPayoutTransfer(stripe, payout)
      if (attempt.kind === "unknown") {
        outcomes.push({ payout_id: payout.id, outcome: "unknown", stripe_transfer_id: null, message: attempt.message })
      } else if (attempt.kind === "refused") {
        try {
          await service.failPayout({
            payout_id: payout.id,
            method: "stripe_connect",
            reason: attempt.reason,
            actor_type: "system",
            actor_id: input.actor_id,
          })
          outcomes.push({ payout_id: payout.id, outcome: "failed", stripe_transfer_id: null, message: attempt.reason })
        } catch (error) {
          if ((error as MedusaError).type !== MedusaError.Types.NOT_ALLOWED) throw error
        }
      } else {
        const { changed } = await service.markPayoutPaid({
          payout_id: payout.id,
          method: "stripe_connect",
          stripe_transfer_id: attempt.transfer_id,
          actor_id: input.actor_id,
        })
        if (changed) markedPaid.push(payout.id)
        outcomes.push({ payout_id: payout.id, outcome: "paid", stripe_transfer_id: attempt.transfer_id, message: null })
      }
    }
    return new StepResponse(outcomes, markedPaid)
  },
  async (markedPaid, { container }) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    for (const payoutId of markedPaid ?? []) await service.undoMarkPayoutPaid(payoutId)
  }
)
