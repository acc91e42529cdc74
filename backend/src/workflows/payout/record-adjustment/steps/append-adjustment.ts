import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import type { LedgerEntryInput } from "../../../../modules/payout/service"

/**
 * Appends the correction under the cooperative's balance lock (never below zero). No
 * compensation, on purpose: the ledger is append-only and this is the workflow's last step.
 */
export const appendAdjustmentStep = createStep("append-adjustment", async (entry: LedgerEntryInput, { container }) => {
  return new StepResponse(await container.resolve<PayoutModuleService>(PAYOUT_MODULE).appendAdjustment(entry))
})
