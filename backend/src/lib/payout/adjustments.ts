import { LEDGER_CURRENCY, type LedgerEntryInput } from "../../modules/payout/service"
import type { LedgerActor } from "./reversals-lines"

export const adjustmentKey = (cooperativeId: string, idempotencyKey: string) => `adjustment:${cooperativeId}:${idempotencyKey}`

/** What staff record to correct a cooperative's balance: the ledger is never edited, a correction is a new entry. */
export type AdjustmentInput = {
  cooperative_id: string
  /** Signed centavos (MXN): positive, the network owes the cooperative more; negative, less. */
  amount: number
  /** Names this correction: the same key twice (a double click, a retried request) records one. */
  idempotency_key: string
  order_id?: string | null
  /** Why: required, it is what the cooperative reads on its statement. */
  note: string
  actor: LedgerActor
}

export function adjustmentEntry(input: AdjustmentInput): LedgerEntryInput {
  return {
    entry_key: adjustmentKey(input.cooperative_id, input.idempotency_key),
    cooperative_id: input.cooperative_id,
    type: "adjustment",
    amount: input.amount,
    currency_code: LEDGER_CURRENCY,
    order_id: input.order_id ?? null,
    note: input.note,
    actor_type: input.actor.type,
    actor_id: input.actor.id ?? null,
  }
}
