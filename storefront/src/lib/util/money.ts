import { type AmountLike, fromMinor, roundToMinor } from "@telar/fair-trade"

/** The Intl locale for each storefront language: US English, Mexican Spanish. */
const INTL_LOCALES: Record<string, string> = { en: "en-US", es: "es-MX" }

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? INTL_LOCALES.en
}

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(intlLocale(locale), options)
    formatters.set(key, cached)
  }
  return cached
}

/**
 * Medusa v2 amounts are decimal numbers in major units (96 = $96.00). Totals computed by the
 * backend (taxes, percentage discounts) can carry more decimals than the currency has: they are
 * rounded once to whole minor units by the shared `roundToMinor`. Missing amounts count as 0.
 */
export function amountToMinor(amount: AmountLike, currency: string): number {
  return roundToMinor(amount, currency) ?? 0
}

/**
 * Formats integer minor units (cents, centavos) as a price in the shopper's language; Medusa
 * amounts go through `amountToMinor` first. The amount reaches Intl as exact decimal text, never
 * through a float. en: "$128.00", "MX$2,350.00"; es: "USD 128.00", "$2,350.00".
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const decimal = fromMinor(minor, currency) as Intl.StringNumericLiteral
  return formatter(locale, { style: "currency", currency: currency.toUpperCase() }).format(decimal)
}

/** Formats basis points (5468 = 54.68%) as a whole percentage, truncated so we never overstate. */
export function formatShare(bps: number, locale: string): string {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`basis points must be an integer, got ${bps}`)
  // "5468e-4" is exact decimal text; Intl scales it for the percent style without float math.
  const text = `${bps}e-4` as Intl.StringNumericLiteral
  return formatter(locale, { style: "percent", maximumFractionDigits: 0, roundingMode: "trunc" }).format(text)
}
