/** What GET /coordinator/ledger answers: the coordinator's own cooperative's ledger, newest first. Amounts are integer centavos. */

export type LedgerEntryKind = "earning" | "reversal" | "advance" | "advance_recoupment" | "payout" | "payout_failed" | "adjustment"

/** One ledger entry as a coordinator sees it (no staff ids); dates as ISO strings. */
export type CoordinatorLedgerEntry = {
  id: string
  created_at: string
  cooperative_id: string
  type: LedgerEntryKind
  /** Signed: what it added to (+) or took from (−) the balance. */
  amount: number
  currency_code: string
  order_id: string | null
  line_item_id: string | null
  return_id: string | null
  refund_id: string | null
  payout_id: string | null
  /** The facts that produced it, e.g. { quantity } of a sale or { cause } of a reversal. */
  snapshot: Record<string, unknown> | null
  actor_type: string | null
  note: string | null
}

export type CoordinatorLedgerPage = {
  cooperative_id: string
  /** What the network owes the cooperative now: the sum of every entry, not only this page's. */
  balance: { amount: number; currency_code: string }
  ledger_entries: CoordinatorLedgerEntry[]
  count: number
  offset: number
  limit: number
}
