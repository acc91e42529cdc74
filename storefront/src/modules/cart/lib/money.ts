import { currencyExponent } from "@telar/fair-trade"

/** BCP 47 locale used to format money and dates for each storefront language. */
export function intlLocale(locale: string): string {
  return locale === "es" ? "es-MX" : "en-US"
}

/**
 * Medusa v2 amounts are decimal numbers in major units (96 = $96.00). Totals computed by the
 * backend (taxes, percentage discounts) can carry more decimals than the currency has, so they
 * are rounded here once, half away from zero, to whole minor units.
 */
export function amountToMinor(amount: number | string | null | undefined, currency: string): number {
  const value = Number(amount ?? 0)
  if (!Number.isFinite(value)) return 0
  const scale = 10 ** currencyExponent(currency)
  // toFixed(8) first strips binary noise (0.1 + 0.2) before rounding.
  const scaled = Number((Math.abs(value) * scale).toFixed(8))
  return Math.sign(value) * Math.round(scaled)
}

/** "$96.00", "MX$1,800.00" (English), "$1,800.00", "USD 96.00" (Spanish). */
export function formatMoney(amount: number | string | null | undefined, currency: string, locale: string): string {
  const code = (currency || "usd").toUpperCase()
  const exponent = currencyExponent(code)
  const minor = amountToMinor(amount, code)
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: code,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(minor / 10 ** exponent)
}

/** Sums major-unit amounts exactly (via minor units) and returns major units. */
export function sumAmounts(amounts: Array<number | string | null | undefined>, currency: string): number {
  const minor = amounts.reduce<number>((sum, amount) => sum + amountToMinor(amount, currency), 0)
  return minor / 10 ** currencyExponent(currency)
}
