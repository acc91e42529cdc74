/** Days a shopper has to ask for a return, counted from the day the piece's parcel shipped. */
export const DEFAULT_RETURN_WINDOW_DAYS = 30
const MAX_RETURN_WINDOW_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The network's return window: TELAR_RETURN_WINDOW_DAYS, a whole number of days from 0 (no
 * returns) to 365; unset or anything else is the default, 30. Read per request, so a change
 * applies without a rebuild.
 */
export function returnWindowDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TELAR_RETURN_WINDOW_DAYS?.trim()
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_RETURN_WINDOW_DAYS
  const days = Number(raw)
  return days <= MAX_RETURN_WINDOW_DAYS ? days : DEFAULT_RETURN_WINDOW_DAYS
}

/** When the window of a parcel shipped at `shippedAt` closes. */
export function windowClosesAt(shippedAt: Date, days: number): Date {
  return new Date(shippedAt.getTime() + days * DAY_MS)
}
