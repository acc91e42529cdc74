import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planAdvanceSettlement } from "../../../lib/payout/advances"
import type { LedgerActor } from "../../../lib/payout/reversals-lines"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { AppendedEntry, LedgerEntryInput } from "../../../modules/payout/service"

export type SettleAdvancesInput = {
  order_id: string
  actor: LedgerActor
  /** What the run just appended: the earnings it created (not found) are the ones that recoup. */
  appended: AppendedEntry[]
}

/**
 * Recoups the cooperatives' outstanding advances from the order's earnings and gives back to the
 * advance what reversed earnings no longer cover (lib/payout/advances.ts), under the cooperatives'
 * balance lock, so two orders never recoup the same money and a payout never pays it out as well.
 * No compensation, as for every ledger write: what it appends stays true, and a retry finds the
 * keys taken. A balance a reversal took below zero is logged for staff (the cooperative was paid
 * for goods that came back).
 */
export const settleAdvancesStep = createStep("settle-advances", async (input: SettleAdvancesInput, { container }) => {
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [known] = await service.listEntries({ order_id: input.order_id }, { take: null, select: ["cooperative_id", "type"] })
  const cooperatives = [...new Set(known.filter((entry) => entry.type === "earning").map((entry) => entry.cooperative_id))].sort()
  if (!cooperatives.length) return new StepResponse([])

  // Under the balance lock payouts and corrections take: the balance a recoupment reads is the
  // one it leaves, and no payout pays out the same pesos meanwhile.
  const appended = await service.appendUnderBalanceLock(cooperatives, async ({ balanceOf, listEntries }) => {
    const [entries] = await listEntries({ order_id: input.order_id }, { take: null })
    const planned: LedgerEntryInput[] = []
    const newEarningLines = input.appended.flatMap(({ entry, created }) =>
      created && entry.type === "earning" && entry.line_item_id ? [entry.line_item_id] : []
    )
    for (const cooperativeId of cooperatives) {
      const [advanceEntries] = await listEntries({ cooperative_id: cooperativeId, type: ["advance", "advance_recoupment"] }, { take: null })
      // Never granted an advance: nothing to recoup or give back.
      if (!advanceEntries.length) continue
      planned.push(
        ...planAdvanceSettlement({
          cooperative_id: cooperativeId,
          order_id: input.order_id,
          order_entries: entries,
          advance_entries: advanceEntries,
          balance: balanceOf(cooperativeId),
          new_earning_lines: newEarningLines,
          actor: input.actor,
        })
      )
    }
    return planned
  })

  if (known.some((entry) => entry.type === "reversal")) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const cooperativeId of cooperatives) {
      const { amount } = await service.balance(cooperativeId)
      if (amount < 0) {
        logger.warn(
          `Ledger: cooperative ${cooperativeId} owes the network ${-amount} centavos after reversals of order ${input.order_id}; nothing is due to it until later earnings make that up.`
        )
      }
    }
  }
  return new StepResponse(appended)
})
