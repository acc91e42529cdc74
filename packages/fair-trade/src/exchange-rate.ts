import { currencyExponent } from "./money"

/**
 * An exchange rate as a decimal string: 1 unit of `from` buys `rate` units of `to`.
 * Kept as text and applied with BigInt so conversions are exact up to the final rounding.
 */
export type ExchangeRate = { from: string; to: string; rate: string }

const RATE = /^(\d+)(?:\.(\d{1,8}))?$/

type Fraction = { numerator: bigint; denominator: bigint }

function parseRate(rate: string): Fraction {
  const match = RATE.exec(rate.trim())
  if (!match) {
    throw new RangeError(`exchange rate "${rate}" must be a positive decimal with at most 8 decimals`)
  }
  const [, whole, fraction = ""] = match
  const numerator = BigInt(whole + fraction)
  if (numerator === 0n) {
    throw new RangeError("exchange rate must be greater than zero")
  }
  return { numerator, denominator: 10n ** BigInt(fraction.length) }
}

/** Validates a rate string; returns the normalised text (e.g. "18.2500" -> "18.25"). */
export function normaliseRate(rate: string): string {
  const { numerator, denominator } = parseRate(rate)
  const scale = denominator.toString().length - 1
  const digits = numerator.toString().padStart(scale + 1, "0")
  const whole = digits.slice(0, digits.length - scale)
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "")
  return fraction ? `${whole}.${fraction}` : whole
}

/** Rounds numerator/denominator to the nearest integer, halves away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const quotient = (n * 2n + d) / (d * 2n)
  return negative ? -quotient : quotient
}

/**
 * Converts integer minor units between currencies with the given rate, in either direction
 * (the rate may be given as from->to or to->from). Rounds once, half away from zero.
 */
export function convertMinor(amount: number, from: string, to: string, rate?: ExchangeRate): number {
  const source = from.toLowerCase()
  const target = to.toLowerCase()
  if (source === target) {
    return amount
  }
  if (!rate) {
    throw new RangeError(`no exchange rate to convert ${source.toUpperCase()} to ${target.toUpperCase()}`)
  }
  const { numerator, denominator } = parseRate(rate.rate)
  const rateFrom = rate.from.toLowerCase()
  const rateTo = rate.to.toLowerCase()
  const scaleFrom = 10n ** BigInt(currencyExponent(source))
  const scaleTo = 10n ** BigInt(currencyExponent(target))
  const value = BigInt(amount)
  if (rateFrom === source && rateTo === target) {
    return Number(divideRounded(value * numerator * scaleTo, denominator * scaleFrom))
  }
  if (rateFrom === target && rateTo === source) {
    return Number(divideRounded(value * denominator * scaleTo, numerator * scaleFrom))
  }
  throw new RangeError(
    `exchange rate ${rateFrom.toUpperCase()}->${rateTo.toUpperCase()} cannot convert ${source.toUpperCase()} to ${target.toUpperCase()}`
  )
}
