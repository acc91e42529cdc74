import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import type { LedgerBalance } from "../../modules/payout/service"
import { type AdvanceStatus, summariseAdvances } from "./advances"

/** GET and POST /admin/cooperatives/:id/advances answer in this shape (integer centavos). */
export type AdvancesPage = {
  cooperative_id: string
  /** What later earnings have still to win back, over all the cooperative's advances. */
  outstanding_advance: { amount: number; currency_code: string }
  balance: Omit<LedgerBalance, "cooperative_id">
  advances: (AdvanceStatus["entry"] & { recovered: number; outstanding: number })[]
}

export async function advancesPage(scope: MedusaContainer, cooperativeId: string): Promise<AdvancesPage> {
  const service = scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [[entries], balance] = await Promise.all([
    service.listEntries({ cooperative_id: cooperativeId, type: ["advance", "advance_recoupment"] }, { take: null }),
    service.balance(cooperativeId),
  ])
  const summary = summariseAdvances(entries)
  return {
    cooperative_id: cooperativeId,
    outstanding_advance: { amount: summary.outstanding, currency_code: summary.currency_code },
    balance: { amount: balance.amount, currency_code: balance.currency_code },
    advances: summary.advances.map(({ entry, recovered, outstanding }) => ({ ...entry, recovered, outstanding })),
  }
}
