import type { LedgerActorType } from "../../modules/payout/models/ledger-entry"
import { LEDGER_CURRENCY, type LedgerEntryInput, type LedgerEntryRecord } from "../../modules/payout/service"

/** Why a line's earning was reversed; kept in each reversal's snapshot. */
export type ReversalCause = "cancellation" | "return" | "refund"

/** The fields of an order's ledger entries the reversal plans read. */
export type OrderLedgerEntry = Pick<
  LedgerEntryRecord,
  "id" | "entry_key" | "type" | "amount" | "cooperative_id" | "line_item_id" | "refund_id" | "return_id" | "snapshot"
> & { created_at?: Date | string }

/** One earning line of an order as the ledger has it now. */
export type LineLedger = {
  line_item_id: string
  cooperative_id: string
  earning_id: string
  earned: number
  /** The quantity the earning was computed for (its snapshot). */
  quantity: number | null
  /** The earning less every reversal written so far: never reverse more than this. */
  standing: number
  /** Centavos reversed so far for each cause (positive numbers). */
  reversed: Record<ReversalCause, number>
  /** Ids of refunds that already wrote a reversal of this line. */
  refunds: Set<string>
  last_reversal_id: string | null
}

export type LedgerActor = { type: LedgerActorType; id: string | null }

const causeOf = (entry: OrderLedgerEntry): ReversalCause => {
  const cause = (entry.snapshot as { cause?: string } | null)?.cause
  return cause === "return" || cause === "refund" ? cause : "cancellation"
}

/** Each earning line of the order with what is left of it and what reversed it, from its ledger entries. */
export function lineLedgers(entries: readonly OrderLedgerEntry[]): Map<string, LineLedger> {
  const lines = new Map<string, LineLedger>()
  for (const entry of entries) {
    if (entry.type !== "earning" || !entry.line_item_id) continue
    const quantity = Number((entry.snapshot as { quantity?: unknown } | null)?.quantity)
    lines.set(entry.line_item_id, {
      line_item_id: entry.line_item_id,
      cooperative_id: entry.cooperative_id,
      earning_id: entry.id,
      earned: entry.amount,
      quantity: Number.isSafeInteger(quantity) && quantity > 0 ? quantity : null,
      standing: entry.amount,
      reversed: { cancellation: 0, return: 0, refund: 0 },
      refunds: new Set(),
      last_reversal_id: null,
    })
  }
  for (const entry of entries) {
    const line = entry.type === "reversal" && entry.line_item_id ? lines.get(entry.line_item_id) : undefined
    if (!line) continue
    line.standing += entry.amount
    line.reversed[causeOf(entry)] -= entry.amount
    if (entry.refund_id) line.refunds.add(entry.refund_id)
    line.last_reversal_id = entry.id
  }
  return lines
}

/** A reversal of `amount` centavos (positive here, written negative) of one line, recorded in `line` at once. */
export function reverseLine(
  line: LineLedger,
  input: {
    entry_key: string
    order_id: string
    amount: number
    cause: ReversalCause
    actor: LedgerActor
    return_id?: string | null
    refund_id?: string | null
    snapshot: Record<string, unknown>
    note: string
  }
): LedgerEntryInput {
  line.standing -= input.amount
  line.reversed[input.cause] += input.amount
  if (input.refund_id) line.refunds.add(input.refund_id)
  return {
    entry_key: input.entry_key,
    cooperative_id: line.cooperative_id,
    type: "reversal",
    amount: -input.amount,
    currency_code: LEDGER_CURRENCY,
    order_id: input.order_id,
    line_item_id: line.line_item_id,
    return_id: input.return_id ?? null,
    refund_id: input.refund_id ?? null,
    snapshot: { cause: input.cause, earning_entry_id: line.earning_id, earned: line.earned, ...input.snapshot },
    actor_type: input.actor.type,
    actor_id: input.actor.id,
    note: input.note,
  }
}
