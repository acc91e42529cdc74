import { fromMinor, roundToMinor } from "@telar/fair-trade"
import { formatMoney as formatMinor, intlLocale } from "@/lib/util/money"

export { intlLocale }

/**
 * Medusa v2 amounts are decimal numbers in major units (96 = $96.00). Totals computed by the
 * backend (taxes, percentage discounts) can carry more decimals than the currency has: they are
 * rounded once to whole minor units by the shared `roundToMinor`. Missing amounts count as 0.
 */
export function amountToMinor(amount: number | string | null | undefined, currency: string): number {
  return roundToMinor(amount, currency) ?? 0
}

/** "$96.00", "MX$1,800.00" (English), "$1,800.00", "USD 96.00" (Spanish). */
export function formatMoney(amount: number | string | null | undefined, currency: string, locale: string): string {
  const code = (currency || "usd").toUpperCase()
  return formatMinor(amountToMinor(amount, code), code, locale)
}

/** Sums major-unit amounts exactly (via minor units) and returns major units. */
export function sumAmounts(amounts: Array<number | string | null | undefined>, currency: string): number {
  const minor = amounts.reduce<number>((sum, amount) => sum + amountToMinor(amount, currency), 0)
  return Number(fromMinor(minor, currency))
}
