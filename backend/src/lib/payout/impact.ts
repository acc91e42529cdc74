import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreImpact } from "@telar/types"
import { PAYOUT_MODULE } from "../../modules/payout"
import { LEDGER_CURRENCY } from "../../modules/payout/service"
import type PayoutModuleService from "../../modules/payout/service"

export type PaidImpact = Pick<StoreImpact, "paid_to_cooperatives" | "families_reached">

/** A cooperative as the paid figures need it. */
export type ImpactCooperative = { id: string; member_families: number | null }

/**
 * The money figures of the home page, over the cooperatives given (the published ones):
 * - paid_to_cooperatives: the sum of their payouts marked paid (pending and failed ones are not
 *   money that arrived), in centavos;
 * - families_reached: the sum of `member_families` of those cooperatives with at least one paid payout.
 */
export function summarisePaidImpact(cooperatives: ImpactCooperative[], paidOut: Map<string, number>): PaidImpact {
  let amount = 0
  let families = 0
  for (const cooperative of cooperatives) {
    const paid = paidOut.get(cooperative.id) ?? 0
    amount += paid
    if (paid > 0) families += cooperative.member_families ?? 0
  }
  return { paid_to_cooperatives: { amount, currency_code: LEDGER_CURRENCY }, families_reached: families }
}

/** The paid figures from the ledger, for these cooperatives only (the caller decides which a shopper may count). */
export async function loadPaidImpact(container: MedusaContainer, cooperatives: ImpactCooperative[]): Promise<PaidImpact> {
  const ledger = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const paidOut = await ledger.paidOutByCooperative(cooperatives.map((cooperative) => cooperative.id))
  return summarisePaidImpact(cooperatives, paidOut)
}
