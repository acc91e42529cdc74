import { MedusaError } from "@medusajs/framework/utils"

/** Rates outside these bands are typos (18.25 typed as 1.825 or 182.5), not markets. */
export const PLAUSIBLE_RATES: Record<string, { min: number; max: number }> = {
  "usd:mxn": { min: 10, max: 40 },
}

/** A change of more than this fraction from the rate in force must be confirmed by staff. */
export const RATE_JUMP_NEEDS_CONFIRMATION = 0.2

/**
 * Is this a rate staff may record? Throws INVALID_DATA (400) for a pair that converts a currency
 * to itself or a rate outside the pair's plausible band, and NOT_ALLOWED for an unconfirmed jump.
 */
export function assertSaneExchangeRate(input: { from: string; to: string; rate: string; current: string | null; confirm_jump?: boolean }) {
  const from = input.from.toLowerCase()
  const to = input.to.toLowerCase()
  if (from === to) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `An exchange rate converts one currency to another: from and to are both ${from.toUpperCase()}.`
    )
  }
  // Comparing rates (not money): a float ratio is precise enough for a plausibility check.
  const rate = Number(input.rate)
  const band = PLAUSIBLE_RATES[`${from}:${to}`]
  if (band && (rate < band.min || rate > band.max)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${rate} ${to.toUpperCase()} per ${from.toUpperCase()} is outside the plausible range ${band.min}–${band.max}: check the decimal point.`
    )
  }
  if (input.current && !input.confirm_jump) {
    const current = Number(input.current)
    const change = Math.abs(rate - current) / current
    if (change > RATE_JUMP_NEEDS_CONFIRMATION) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${input.rate} differs from the rate in force (${input.current}) by ${Math.round(change * 100)} %. ` +
          `If that is right, send it again with "confirm_jump": true.`
      )
    }
  }
}
