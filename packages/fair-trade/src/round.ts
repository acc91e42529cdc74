import { currencyExponent, toMinor } from "./money"

/** What Medusa hands back for an amount: a number, decimal text, or a BigNumber's raw `{ value }`. */
export type AmountLike = number | string | { value?: string | number } | null | undefined

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

function amountText(amount: AmountLike): string | null {
  if (amount === null || amount === undefined) return null
  if (typeof amount === "object") return amount.value === undefined ? null : amountText(amount.value)
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) return null
    // Plain decimal text (no exponent); more digits than any currency has, rounded below.
    return amount.toFixed(10)
  }
  return amount.trim()
}

/**
 * An amount in major units as integer minor units. Amounts with more decimals than the currency
 * has (computed prices can carry them) are rounded once, half away from zero, with integer
 * arithmetic. Returns null for anything that is not a decimal amount.
 */
export function roundToMinor(amount: AmountLike, currency: string): number | null {
  const text = amountText(amount)
  if (text === null) return null
  const match = DECIMAL.exec(text)
  if (!match) return null
  const [, sign, whole, fraction = ""] = match
  const exponent = currencyExponent(currency)
  if (fraction.replace(/0+$/, "").length <= exponent) {
    return toMinor(`${sign ?? ""}${whole}.${fraction || "0"}`, currency)
  }
  const kept = BigInt(whole + fraction.slice(0, exponent))
  const roundUp = Number(fraction[exponent]) >= 5
  const magnitude = kept + (roundUp ? 1n : 0n)
  const value = Number(sign ? -magnitude : magnitude)
  return Number.isSafeInteger(value) ? value : null
}
