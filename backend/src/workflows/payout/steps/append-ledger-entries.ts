import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { LedgerEntryInput } from "../../../modules/payout/service"

/**
 * Appends entries, each at most once (a key already taken returns the entry that holds it), in one
 * transaction. No compensation, on purpose: the ledger is append-only and what this step writes
 * stays true whatever fails after it (an earning is owed once the order is placed); a retried
 * workflow finds the keys taken and writes nothing twice.
 */
export const appendLedgerEntriesStep = createStep("append-ledger-entries", async (entries: LedgerEntryInput[], { container }) => {
  const appended = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).appendEntries(entries)
  return new StepResponse(appended)
})
