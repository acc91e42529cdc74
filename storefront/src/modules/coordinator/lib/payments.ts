import type { CoordinatorLedgerEntry } from "@telar/types"
import { TIME_ZONE } from "@/i18n/time-zone"

/** A month written YYYY-MM, as the statement link carries it. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The first and last calendar day (YYYY-MM-DD) of a month written YYYY-MM, or null when it is no month. */
export function monthPeriod(month: string): { from: string; to: string } | null {
  const match = MONTH.exec(month)
  if (!match) return null
  const last = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The month before the current one in Chiapas (YYYY-MM): the statement link for "last month". */
export function previousMonth(now = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit" })
    .format(now)
    .split("-")
    .map(Number)
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`
}

export type ReversalCause = "cancellation" | "refund" | "return"

/** What an entry's snapshot tells a coordinator: how many pieces a sale was, why a sale was taken back. */
export function entryFacts(entry: Pick<CoordinatorLedgerEntry, "type" | "snapshot">): { quantity?: number; cause?: ReversalCause } {
  const snapshot = entry.snapshot ?? {}
  const facts: { quantity?: number; cause?: ReversalCause } = {}
  if (entry.type === "earning" && Number.isSafeInteger(snapshot.quantity) && (snapshot.quantity as number) > 0) {
    facts.quantity = snapshot.quantity as number
  }
  if (entry.type === "reversal" && (snapshot.cause === "cancellation" || snapshot.cause === "refund" || snapshot.cause === "return")) {
    facts.cause = snapshot.cause
  }
  return facts
}
