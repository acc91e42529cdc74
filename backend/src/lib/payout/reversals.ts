import type { LedgerActorType } from "../../modules/payout/models/ledger-entry"
import { LEDGER_CURRENCY, type LedgerEntryInput, type LedgerEntryRecord } from "../../modules/payout/service"
import { planRefundReversals } from "./refunds"
import type { OrderMoney } from "./refunds-terms"
import { planReturnReversals } from "./returns"
import { type LedgerActor, lineLedgers, type OrderLedgerEntry } from "./reversals-lines"

/** One lock per order around planning and writing its reversals: two causes never reverse the same centavos. */
export const orderLedgerLockKey = (orderId: string) => `telar:ledger:order:${orderId}`

/** One reversal per line and cause: a replayed cancellation finds its key taken and writes nothing. */
export const cancellationReversalKey = (lineItemId: string, orderId: string) => `reversal:${lineItemId}:cancel:${orderId}`

/**
 * A cancelled order owes nothing: each line's earning is reversed by what is still standing of
 * it (the earning less any reversal written before, e.g. of a partial refund), so each line, and
 * so the order, sums to exactly zero.
 */
export function planCancellationReversals(input: {
  order_id: string
  /** Every ledger entry of the order. */
  entries: Pick<LedgerEntryRecord, "id" | "type" | "amount" | "cooperative_id" | "line_item_id">[]
  actor: { type: LedgerActorType; id: string | null }
}): LedgerEntryInput[] {
  const lines = new Map<string, { cooperative_id: string; earning_id: string; earned: number; standing: number }>()
  for (const entry of input.entries) {
    if (entry.type === "earning" && entry.line_item_id) {
      lines.set(entry.line_item_id, {
        cooperative_id: entry.cooperative_id,
        earning_id: entry.id,
        earned: entry.amount,
        standing: entry.amount,
      })
    }
  }
  for (const entry of input.entries) {
    const line = entry.type === "reversal" && entry.line_item_id ? lines.get(entry.line_item_id) : undefined
    if (line) line.standing += entry.amount
  }
  return [...lines]
    .filter(([, line]) => line.standing > 0)
    .map(([lineItemId, line]) => ({
      entry_key: cancellationReversalKey(lineItemId, input.order_id),
      cooperative_id: line.cooperative_id,
      type: "reversal" as const,
      amount: -line.standing,
      currency_code: LEDGER_CURRENCY,
      order_id: input.order_id,
      line_item_id: lineItemId,
      snapshot: {
        cause: "cancellation",
        earning_entry_id: line.earning_id,
        earned: line.earned,
        reversed_before: line.earned - line.standing,
      },
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      note: "Order cancelled",
    }))
}

/**
 * What an order's received returns and its refunds reverse now, net of what is written: returns
 * first (returns.ts), then refunds in the order they were made (refunds.ts), each line never below
 * zero. Computed from the whole state each time, so a replayed or late event writes nothing twice.
 */
export function planReturnAndRefundReversals(input: {
  order_id: string
  money: OrderMoney
  entries: readonly OrderLedgerEntry[]
  actor: LedgerActor
}): LedgerEntryInput[] {
  const lines = lineLedgers(input.entries)
  const returns = planReturnReversals({ order_id: input.order_id, money: input.money, lines, actor: input.actor })
  const refunds = planRefundReversals({ order_id: input.order_id, money: input.money, lines, actor: input.actor })
  return [...returns, ...refunds]
}
