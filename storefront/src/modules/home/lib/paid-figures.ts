import { formatMoney } from "@/lib/util/money"
import type { Impact } from "@/lib/util/types"

export type PaidFigures = { paid: string; families: number }

/**
 * The home page's "paid to the cooperatives so far" (formatted from centavos) and "families
 * reached". Shown only once something has been paid: before the first payout, the band keeps its
 * other numbers rather than announce "MX$0.00". Null also for an answer without the figures.
 */
export function paidFigures(impact: Impact, locale: string): PaidFigures | null {
  const paid = impact.paid_to_cooperatives
  if (!paid || !Number.isSafeInteger(paid.amount) || paid.amount <= 0) return null
  return { paid: formatMoney(paid.amount, paid.currency_code, locale), families: Math.max(0, impact.families_reached ?? 0) }
}
