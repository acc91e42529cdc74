import { MedusaError } from "@medusajs/framework/utils"

/*
 * How the ledger rounds, once and in integer arithmetic (BigInt), so no centavo is made or lost:
 *
 * 1. Splitting one amount over several parts (a refund's money over the order's lines):
 *    largest remainder. Each part gets the floor of its exact share; the centavos left over go one
 *    each to the parts with the largest remainders (ties: the larger weight, then the earlier part).
 *    The parts sum exactly to the amount, and a part never gets more than its weight when the
 *    amount is at most the weights' sum (the refund split uses "what is left" of each line).
 * 2. A line's share of its earning by returned units: floor(earning × units / quantity), counted
 *    cumulatively over all the line's returned units. The centavo in doubt stays with the
 *    cooperative until the last unit comes back; then the reversals sum to exactly the earning.
 * 3. A line's share of its earning by refunded value: earning × refunded value / value, rounded
 *    half up once, cumulatively over all refunds. A line refunded in full is reversed to exactly
 *    zero however many refunds it took, and partial refunds never drift.
 *
 * Worked example (rule 1): 100 centavos over three equal lines → 34 + 33 + 33.
 */

function assertMinorUnits(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${what} must be a non-negative integer number of minor units, got ${value}.`)
  }
  return BigInt(value)
}

/**
 * Splits `total` over parts in proportion to `weights` by largest remainder (rule 1). When the
 * total is at most the weights' sum, no part gets more than its weight (floor + 1 ≤ weight
 * whenever a remainder is left).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const whole = assertMinorUnits(total, "The amount to split")
  const parts = weights.map((weight, index) => assertMinorUnits(weight, `Weight ${index}`))
  const sum = parts.reduce((acc, weight) => acc + weight, 0n)
  if (sum === 0n) {
    if (whole === 0n) return parts.map(() => 0)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot split ${total} over parts that all weigh nothing.`)
  }
  const shares = parts.map((weight, index) => ({ index, weight, floor: (whole * weight) / sum, remainder: (whole * weight) % sum }))
  let left = whole - shares.reduce((acc, share) => acc + share.floor, 0n)
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder !== b.remainder
      ? b.remainder > a.remainder
        ? 1
        : -1
      : a.weight !== b.weight
        ? b.weight > a.weight
          ? 1
          : -1
        : a.index - b.index
  )
  // Fewer centavos are left than there are parts with a remainder, so one pass hands them all out.
  for (const share of byRemainder) {
    if (left === 0n) break
    if (share.remainder === 0n) continue
    share.floor += 1n
    left -= 1n
  }
  return shares.map((share) => Number(share.floor))
}

/** floor(amount × numerator / denominator), exactly (rule 2). */
export function floorShare(amount: number, numerator: number, denominator: number): number {
  const [a, n, d] = [assertMinorUnits(amount, "The amount"), assertMinorUnits(numerator, "The numerator"), BigInt(denominator)]
  if (denominator <= 0 || !Number.isSafeInteger(denominator)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A share needs a positive whole denominator, got ${denominator}.`)
  }
  return Number((a * n) / d)
}

/** amount × numerator / denominator rounded half up, exactly (rule 3). */
export function roundedShare(amount: number, numerator: number, denominator: number): number {
  const [a, n, d] = [assertMinorUnits(amount, "The amount"), assertMinorUnits(numerator, "The numerator"), BigInt(denominator)]
  if (denominator <= 0 || !Number.isSafeInteger(denominator)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A share needs a positive whole denominator, got ${denominator}.`)
  }
  return Number((2n * a * n + d) / (2n * d))
}
