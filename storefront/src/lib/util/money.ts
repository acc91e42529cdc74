import { fromMinor, toMinor } from "@telar/fair-trade"

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
 * Formats integer minor units (cents, centavos) as a price in the shopper's language.
 * The amount goes to Intl as exact decimal text, never through a float.
 * en: "$128.00", "MX$2,350.00"; es: "USD 128.00", "$2,350.00".
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const decimal = fromMinor(minor, currency) as Intl.StringNumericLiteral
  return formatter(locale, { style: "currency", currency: currency.toUpperCase() }).format(decimal)
}

/** Formats an amount given in major units ("128.00", 96) by first making it exact minor units. */
export function formatAmount(amount: string | number, currency: string, locale: string): string {
  return formatMoney(toMinor(amount, currency), currency, locale)
}

/** Formats basis points (5468 = 54.68%) as a whole percentage, truncated so we never overstate. */
export function formatShare(bps: number, locale: string): string {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`basis points must be an integer, got ${bps}`)
  // "5468e-4" is exact decimal text; Intl scales it for the percent style without float math.
  const text = `${bps}e-4` as Intl.StringNumericLiteral
  return formatter(locale, { style: "percent", maximumFractionDigits: 0, roundingMode: "trunc" }).format(text)
}

/** Exact minor units for a major-unit amount, or null when it is missing or not a decimal. */
export function safeMinor(amount: string | number | null | undefined, currency: string): number | null {
  if (amount === null || amount === undefined || amount === "") return null
  try {
    return toMinor(amount, currency)
  } catch {
    return null
  }
}
