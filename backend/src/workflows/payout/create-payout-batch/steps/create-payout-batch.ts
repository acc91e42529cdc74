import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type { NewPayoutBatchInput } from "../../../../modules/payout/payouts"
import type PayoutModuleService from "../../../../modules/payout/service"

/** Why a batch's payouts fail when its workflow is undone: the ledger keeps both facts. */
export const UNDONE_BATCH_REASON = "The batch was undone before its money was sent."

/**
 * Writes the batch, its payouts and their `payout` ledger entries in one transaction. Undone by
 * failing the payouts still pending: the ledger is append-only, so each gets a `payout_failed`
 * entry and the balance returns, with both facts on record.
 */
export const createPayoutBatchStep = createStep(
  "create-payout-batch",
  async (input: NewPayoutBatchInput, { container }) => {
    const batch = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).createPayoutBatch(input)
    return new StepResponse(batch, { payout_ids: batch.payouts.map((payout) => payout.id), actor_id: input.created_by })
  },
  async (created, { container }) => {
    if (!created) return
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    for (const payoutId of created.payout_ids) {
      try {
        await service.failPayout({ payout_id: payoutId, reason: UNDONE_BATCH_REASON, actor_type: "system", actor_id: created.actor_id })
      } catch (error) {
        // Settled meanwhile (paid or failed): what happened to its money stands.
        if ((error as MedusaError).type !== MedusaError.Types.NOT_ALLOWED) throw error
      }
    }
  }
)
