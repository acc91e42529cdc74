import { LEDGER_CURRENCY, type LedgerEntryInput, type LedgerEntryRecord } from "../../modules/payout/service"
import type { LedgerActor } from "./reversals-lines"

/*
 * Advances, with balance = what the network owes the cooperative:
 * - `advance` (+): staff grant money ahead of sales (e.g. half of a commissioned order). The
 *   balance rises by it, so the next payout batch pays it like any money owed (SPEI or Connect,
 *   with its tracking key, and a failed transfer returns it to the balance).
 * - `advance_recoupment` (−): each earning, when it is written after an advance, gives back as
 *   much of what is still outstanding as it can: never more than the earning's standing amount,
 *   and never more than the balance (a recoupment never takes a balance below zero). One per
 *   earning line, decided when the earning is written: a replayed event writes no earning, so it
 *   recoups nothing (an earning written while nothing was outstanding stays owed in full).
 * - `advance_recoupment` (+, "restore"): when a recouped earning is later reversed (cancellation,
 *   refund, return), the part of the recoupment the line no longer covers is given back to the
 *   advance, so the reversal does not push the balance below zero on the advance's account.
 * Outstanding = Σ advances + Σ recoupments (restores included). Older advances are recovered first.
 */

export const advanceKey = (cooperativeId: string, idempotencyKey: string) => `advance:${cooperativeId}:${idempotencyKey}`
export const recoupmentKey = (lineItemId: string) => `advance_recoupment:${lineItemId}`
export const recoupmentRestoreKey = (lineItemId: string, reversalId: string) => `advance_restore:${lineItemId}:${reversalId}`

export type AdvanceLedgerEntry = Pick<
  LedgerEntryRecord,
  "id" | "entry_key" | "type" | "amount" | "cooperative_id" | "order_id" | "line_item_id" | "note" | "actor_type" | "actor_id" | "snapshot"
> & { created_at: Date | string }

const time = (value: Date | string) => new Date(value).getTime()
const byTime = (a: AdvanceLedgerEntry, b: AdvanceLedgerEntry) => time(a.created_at) - time(b.created_at) || a.id.localeCompare(b.id)

export type AdvanceStatus = {
  entry: AdvanceLedgerEntry
  /** Centavos of this advance won back so far. */
  recovered: number
  outstanding: number
}

export type AdvanceSummary = { outstanding: number; currency_code: string; advances: AdvanceStatus[] }

/** A cooperative's advances, each with what is recovered and outstanding (oldest recovered first). */
export function summariseAdvances(entries: readonly AdvanceLedgerEntry[]): AdvanceSummary {
  const advances = entries.filter((entry) => entry.type === "advance").sort(byTime)
  let recovered = -entries.filter((entry) => entry.type === "advance_recoupment").reduce((sum, entry) => sum + entry.amount, 0)
  const statuses = advances.map((entry) => {
    const share = Math.max(0, Math.min(entry.amount, recovered))
    recovered -= share
    return { entry, recovered: share, outstanding: entry.amount - share }
  })
  return {
    outstanding: statuses.reduce((sum, status) => sum + status.outstanding, 0),
    currency_code: LEDGER_CURRENCY,
    advances: statuses.reverse(),
  }
}

/** What staff ask for when they grant a cooperative an advance. */
export type AdvanceInput = {
  cooperative_id: string
  /** Positive centavos (MXN). */
  amount: number
  /** Names this grant: the same key twice (a double click, a retried request) records one advance. */
  idempotency_key: string
  order_id?: string | null
  note?: string | null
  actor: LedgerActor
}

/** The advance staff grant: positive centavos owed (and paid by the next batch) ahead of sales. */
export function advanceEntry(input: AdvanceInput): LedgerEntryInput {
  return {
    entry_key: advanceKey(input.cooperative_id, input.idempotency_key),
    cooperative_id: input.cooperative_id,
    type: "advance",
    amount: input.amount,
    currency_code: LEDGER_CURRENCY,
    order_id: input.order_id ?? null,
    snapshot: null,
    actor_type: input.actor.type,
    actor_id: input.actor.id,
    note: input.note ?? null,
  }
}

/**
 * What one cooperative's lines of one order owe its advances now: a recoupment for each earning
 * this run has just written (after an advance), and a restore for each recouped line a reversal
 * has since taken below what it gave back. Reads only; the caller holds the cooperative's lock.
 */
export function planAdvanceSettlement(input: {
  cooperative_id: string
  order_id: string
  /** The order's entries (every cooperative's; only this one's are read). */
  order_entries: readonly AdvanceLedgerEntry[]
  /** All of the cooperative's `advance` and `advance_recoupment` entries. */
  advance_entries: readonly AdvanceLedgerEntry[]
  /** The cooperative's balance now. */
  balance: number
  /** Lines whose earning the caller has just written: only these recoup. */
  new_earning_lines: readonly string[]
  actor: LedgerActor
}): LedgerEntryInput[] {
  const { cooperative_id, order_id, actor } = input
  const advances = input.advance_entries.filter((entry) => entry.type === "advance").sort(byTime)
  let recoupedNet = input.advance_entries
    .filter((entry) => entry.type === "advance_recoupment")
    .reduce((sum, entry) => sum + entry.amount, 0)
  let balance = input.balance
  const mine = input.order_entries.filter((entry) => entry.cooperative_id === cooperative_id && entry.line_item_id)
  const earnings = mine.filter((entry) => entry.type === "earning").sort((a, b) => a.line_item_id!.localeCompare(b.line_item_id!))
  const planned: LedgerEntryInput[] = []
  const fresh = new Set(input.new_earning_lines)

  for (const earning of earnings) {
    const lineId = earning.line_item_id!
    const ofLine = mine.filter((entry) => entry.line_item_id === lineId)
    const reversals = ofLine.filter((entry) => entry.type === "reversal").sort(byTime)
    const standing = earning.amount + reversals.reduce((sum, entry) => sum + entry.amount, 0)
    let lineRecouped = -ofLine.filter((entry) => entry.type === "advance_recoupment").reduce((sum, entry) => sum + entry.amount, 0)

    if (fresh.has(lineId) && !ofLine.some((entry) => entry.entry_key === recoupmentKey(lineId))) {
      const advancedBefore = advances.filter((advance) => time(advance.created_at) <= time(earning.created_at))
      const outstanding = advancedBefore.reduce((sum, advance) => sum + advance.amount, 0) + recoupedNet
      const amount = Math.min(outstanding, standing, balance)
      if (amount > 0) {
        planned.push({
          entry_key: recoupmentKey(lineId),
          cooperative_id,
          type: "advance_recoupment",
          amount: -amount,
          currency_code: LEDGER_CURRENCY,
          order_id,
          line_item_id: lineId,
          snapshot: { earning_entry_id: earning.id, standing, outstanding_before: outstanding, balance_before: balance },
          actor_type: actor.type,
          actor_id: actor.id,
          note: "Advance recouped from this earning",
        })
        recoupedNet -= amount
        balance -= amount
        lineRecouped += amount
      }
    }

    const uncovered = lineRecouped - Math.max(0, standing)
    const lastReversal = reversals.at(-1)
    if (uncovered > 0 && lastReversal) {
      planned.push({
        entry_key: recoupmentRestoreKey(lineId, lastReversal.id),
        cooperative_id,
        type: "advance_recoupment",
        amount: uncovered,
        currency_code: LEDGER_CURRENCY,
        order_id,
        line_item_id: lineId,
        snapshot: { earning_entry_id: earning.id, reversal_entry_id: lastReversal.id, standing, recouped_before: lineRecouped },
        actor_type: actor.type,
        actor_id: actor.id,
        note: "Earning reversed: its recoupment goes back to the advance",
      })
      recoupedNet += uncovered
      balance += uncovered
    }
  }
  return planned
}
