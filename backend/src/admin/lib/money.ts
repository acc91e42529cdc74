import { type AmountLike, currencyExponent, fromMinor, roundToMinor, toMinor } from "@telar/fair-trade"

const formatters = new Map<string, Intl.NumberFormat>()

function currencyFormatter(currency: string): Intl.NumberFormat {
  const code = currency.toUpperCase()
  let formatter = formatters.get(code)
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: code })
    formatters.set(code, formatter)
  }
  return formatter
}

/**
 * Integer minor units as money for staff: "MX$1,250.50", "$18.00". The amount reaches Intl as
 * exact decimal text, never through a float.
 */
export function formatMoney(minor: number, currency: string): string {
  const decimal = fromMinor(minor, currency)
  // Intl formats decimal strings exactly (ES2023); the admin's TypeScript lib only declares numbers.
  return currencyFormatter(currency).format(decimal as unknown as number)
}

/** A Medusa amount in major units (number, text or BigNumber) as money; "—" when it is missing. */
export function formatAmount(amount: AmountLike, currency: string | null | undefined): string {
  if (!currency) return "—"
  const minor = roundToMinor(amount, currency)
  return minor === null ? "—" : formatMoney(minor, currency)
}

/** Basis points (5468 = 54.68 %) as a whole percentage, truncated so a share is never overstated. */
export function formatShare(bps: number): string {
  const whole = bps < 0 ? -Math.floor(-bps / 100) : Math.floor(bps / 100)
  return `${whole}%`
}

/** A major-unit amount typed by staff ("350", "350.5") as minor units, or a message saying what is wrong. */
export function parseMoneyInput(text: string, currency: string): { minor: number } | { error: string } {
  const value = text.trim().replace(/,/g, "")
  if (!value) return { error: "Enter an amount." }
  if (!/^\d+(\.\d+)?$/.test(value)) return { error: `"${text.trim()}" is not an amount: use digits and a decimal point, e.g. 350.50.` }
  try {
    return { minor: toMinor(value, currency) }
  } catch {
    const decimals = value.split(".")[1]?.replace(/0+$/, "").length ?? 0
    const exponent = currencyExponent(currency)
    return decimals > exponent
      ? { error: `Use at most ${exponent} decimals for ${currency.toUpperCase()}.` }
      : { error: `${value} is too large.` }
  }
}
