/** What the payout routes answer (/admin/payout-batches, /admin/payouts, /coordinator/payouts). Amounts are integer centavos. */

export type PayoutMethod = "spei" | "stripe_connect"

/** pending until the money is known to have arrived (paid) or not (failed, and the balance got it back). */
export type PayoutStatus = "pending" | "paid" | "failed"

/** A batch is pending while any payout is; then paid, failed, or partially_paid when some of each. */
export type PayoutBatchStatus = "pending" | "paid" | "failed" | "partially_paid"

/** One cooperative's payout, as staff see it (dates as ISO strings). */
export type AdminPayout = {
  id: string
  batch_id: string
  cooperative_id: string
  method: PayoutMethod
  amount: number
  currency_code: string
  status: PayoutStatus
  account_holder: string
  clabe: string | null
  stripe_account_id: string | null
  /** What the cooperative's bank statement shows ("concepto"). */
  reference: string
  /** SPEI's "clave de rastreo", recorded when staff mark it paid. */
  tracking_key: string | null
  stripe_transfer_id: string | null
  failure_reason: string | null
  paid_at: string | null
  failed_at: string | null
  settled_by: string | null
  created_at: string
}

export type PayoutBatchTotals = { amount: number; paid: number; pending: number; failed: number; currency_code: string }

export type AdminPayoutBatch = {
  id: string
  status: PayoutBatchStatus
  note: string | null
  created_by: string | null
  created_at: string
  totals: PayoutBatchTotals
  payouts: AdminPayout[]
}

/** GET /admin/payouts/balances: one row per cooperative. */
export type CooperativePayoutBalance = {
  cooperative_id: string
  name: string
  handle: string
  /** What the network owes the cooperative now (the ledger's sum); what a new payout can take. */
  available: number
  /** Already taken out of the balance by payouts not yet paid or failed. */
  pending_amount: number
  pending_count: number
  currency_code: string
  payout_method: PayoutMethod | null
  /** Why a payout cannot be made now (no account, a wrong CLABE…), or null when it can. */
  payout_blocker: string | null
}

/** The fields of a payout a coordinator sees (GET /coordinator/payouts): no staff ids or Stripe references. */
export const COORDINATOR_PAYOUT_FIELDS = [
  "id",
  "method",
  "amount",
  "currency_code",
  "status",
  "account_holder",
  "clabe",
  "reference",
  "tracking_key",
  "failure_reason",
  "paid_at",
  "failed_at",
  "created_at",
] as const satisfies readonly (keyof AdminPayout)[]

/** The coordinator's own cooperative's payout; its CLABE shows the last four digits only, e.g. "•••• 9719". */
export type CoordinatorPayout = Pick<AdminPayout, (typeof COORDINATOR_PAYOUT_FIELDS)[number]>
