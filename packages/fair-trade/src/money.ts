/** Money as integer minor units (cents, centavos). Never a float. */
export type Money = { amount: number; currency: string }

// ISO 4217 exponents that differ from 2; every other currency has 2 decimals.
const EXPONENTS: Record<string, number> = { jpy: 0, krw: 0, clp: 0, bhd: 3, kwd: 3 }

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toLowerCase()] ?? 2
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

/**
 * Turns a decimal amount in major units ("128.5", 128.5, "2350") into integer minor units.
 * Parses the decimal text, so 0.1 + 0.2 style float errors never enter.
 * Throws on more decimals than the currency has: money must not be silently rounded.
 */
export function toMinor(amount: string | number | { toString(): string }, currency: string): number {
  const text = typeof amount === "number" ? numberToPlain(amount) : String(amount).trim()
  const match = DECIMAL.exec(text)
  if (!match) {
    throw new RangeError(`"${text}" is not a decimal amount`)
  }
  const [, sign, whole, fraction = ""] = match
  const exponent = currencyExponent(currency)
  const significant = fraction.replace(/0+$/, "")
  if (significant.length > exponent) {
    throw new RangeError(`${text} has more than ${exponent} decimals for ${currency.toUpperCase()}`)
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, "0").slice(0, exponent))
  const value = sign ? -minor : minor
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(-Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${text} is too large`)
  }
  return Number(value)
}

/** Integer minor units back to a plain decimal string in major units ("128.50"). */
export function fromMinor(minor: number, currency: string): string {
  assertInteger(minor, "amount")
  const exponent = currencyExponent(currency)
  const negative = minor < 0
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, "0")
  const whole = digits.slice(0, digits.length - exponent)
  const fraction = exponent ? "." + digits.slice(digits.length - exponent) : ""
  return `${negative ? "-" : ""}${whole}${fraction}`
}

export function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be an integer number of minor units, got ${value}`)
  }
}

function numberToPlain(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${value} is not a finite amount`)
  }
  // Shortest round-trip representation, e.g. 0.1 -> "0.1"; reject exponent notation.
  const text = String(value)
  if (/e/i.test(text)) {
    throw new RangeError(`${text} is out of range for money`)
  }
  return text
}
