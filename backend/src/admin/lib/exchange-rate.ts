import type { ExchangeRate } from "@telar/fair-trade"
import { AdminApiError } from "./api"
import type { AdminExchangeRate } from "./types"

/** The rate in force for a pair: the history comes newest first, so the first row of the pair. */
export function rateInForce(
  history: AdminExchangeRate[] | null | undefined,
  from: string,
  to: string
): (ExchangeRate & { row: AdminExchangeRate }) | null {
  const row = (history ?? []).find(
    (candidate) => candidate.from_currency.toLowerCase() === from.toLowerCase() && candidate.to_currency.toLowerCase() === to.toLowerCase()
  )
  return row ? { from: row.from_currency, to: row.to_currency, rate: row.rate, row } : null
}

/**
 * Did the API refuse the rate only because it jumps too far from the one in force? It answers
 * NOT_ALLOWED for exactly that (typos outside the plausible band are INVALID_DATA and cannot be confirmed).
 */
export function needsJumpConfirmation(error: unknown): boolean {
  return error instanceof AdminApiError && error.type === "not_allowed"
}

/** The change from the rate in force, in whole percent, for the preview beside the field; null when it cannot be told. */
export function rateChangePercent(current: string | null | undefined, proposed: string): number | null {
  // A ratio of two rates, shown to staff: a float is precise enough (no money moves through it).
  const before = Number(current)
  const after = Number(proposed.trim())
  if (!current || !proposed.trim() || !Number.isFinite(before) || !Number.isFinite(after) || before <= 0 || after <= 0) return null
  return Math.round(((after - before) / before) * 100)
}

/** The API's jump message without its instruction to API clients (the screen offers a button instead). */
export function jumpWarning(message: string): string {
  return message.replace(/\s*If that is right, send it again with "confirm_jump": true\.?\s*$/, "").trim() || message
}
