import { MedusaError } from "@medusajs/framework/utils"
import { fromMinor } from "@telar/fair-trade"
import type { PayoutMethod, PayoutStatus } from "./models/payout"

/** Payouts are paid in the ledger's currency (the service re-exports it as LEDGER_CURRENCY). */
export const PAYOUT_CURRENCY = "mxn"

/** A payout as stored; `amount` in integer centavos. */
export type PayoutRecord = {
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
  reference: string
  tracking_key: string | null
  stripe_transfer_id: string | null
  failure_reason: string | null
  paid_at: Date | null
  failed_at: Date | null
  settled_by: string | null
  created_at: Date
  updated_at: Date
}

export type PayoutBatchRecord = { id: string; note: string | null; created_by: string | null; created_at: Date; payouts: PayoutRecord[] }

/** One cooperative of a new batch, with where its money goes (read from its payout account). */
export type NewPayoutInput = {
  cooperative_id: string
  /** How staff know the cooperative (its name), for error messages. */
  label?: string
  /** Centavos; null pays the whole available balance. */
  amount: number | null
  method: PayoutMethod
  account_holder: string
  clabe: string | null
  stripe_account_id: string | null
}

export type NewPayoutBatchInput = { note?: string | null; created_by: string | null; payouts: NewPayoutInput[] }

export const PAYOUT_COLUMNS = [
  "id",
  "batch_id",
  "cooperative_id",
  "method",
  "amount",
  "currency_code",
  "status",
  "account_holder",
  "clabe",
  "stripe_account_id",
  "reference",
  "tracking_key",
  "stripe_transfer_id",
  "failure_reason",
  "paid_at",
  "failed_at",
  "settled_by",
  "created_at",
  "updated_at",
] as const

const DATE_COLUMNS = new Set(["paid_at", "failed_at", "created_at", "updated_at"])

/** bigint and numeric arrive as text from PostgreSQL; money must stay an exact safe integer. */
export function toSafeCentavos(value: unknown, what: string): number {
  const number = typeof value === "number" ? value : Number(value)
  if (!Number.isSafeInteger(number)) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what} (${String(value)}) is not a safe integer.`)
  }
  return number
}

export function toPayoutRecord(row: Record<string, unknown>): PayoutRecord {
  const record = Object.fromEntries(
    PAYOUT_COLUMNS.map((column) => {
      const value = row[column] ?? null
      return [column, DATE_COLUMNS.has(column) && value !== null ? new Date(value as string | Date) : value]
    })
  ) as unknown as PayoutRecord
  record.amount = toSafeCentavos(row.amount, "Payout amount")
  return record
}

/** What a cooperative's bank statement shows for a payout: Telar and the payout's own id, 40 characters at most (SPEI's limit). */
export function payoutReference(payoutId: string): string {
  return `TELAR ${payoutId.replace(/^po_/, "")}`.slice(0, 40)
}

/** The ledger key of each fact of a payout: each is written at most once. */
export const payoutEntryKey = (payoutId: string) => `payout:${payoutId}`
export const payoutFailedEntryKey = (payoutId: string) => `payout_failed:${payoutId}`

/** Centavos as pesos in an error message ("1225.00 MXN"). */
const pesos = (centavos: number) => `${fromMinor(centavos, PAYOUT_CURRENCY)} MXN`

/**
 * Why each cooperative of a new batch cannot be paid what was asked, given its balance now
 * (empty when all can). Amounts must be whole centavos above zero and at most what is available.
 */
export function payoutAmountProblems(
  payouts: Pick<NewPayoutInput, "cooperative_id" | "amount" | "label">[],
  balances: Map<string, number>
): string[] {
  const problems: string[] = []
  for (const payout of payouts) {
    const available = balances.get(payout.cooperative_id) ?? 0
    const who = payout.label ? `${payout.label} (${payout.cooperative_id})` : payout.cooperative_id
    if (payout.amount !== null && (!Number.isSafeInteger(payout.amount) || payout.amount <= 0)) {
      problems.push(`The payout to ${who} must be a whole number of centavos above 0, got ${payout.amount}.`)
    } else if (available <= 0) {
      problems.push(`${who} has nothing available to pay: its balance is ${pesos(available)}.`)
    } else if (payout.amount !== null && payout.amount > available) {
      problems.push(`${who} has ${pesos(available)} available: a payout of ${pesos(payout.amount)} is more than that.`)
    }
  }
  return problems
}

/** Refuses to settle a payout by the other method's way (a tracking key for a Stripe transfer, or the reverse). */
export function assertPayoutMethod(payout: PayoutRecord, method: PayoutMethod): void {
  if (payout.method === method) return
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    payout.method === "stripe_connect"
      ? `Payout ${payout.id} is paid by a Stripe transfer: Telar settles it from Stripe's answer (retry with POST /admin/payout-batches/${payout.batch_id}/transfers).`
      : `Payout ${payout.id} is a SPEI transfer: staff mark it paid with the bank's tracking key or failed with the reason.`
  )
}

/** Why a settled payout cannot be settled again, with what settled it. */
export function settledMessage(payout: PayoutRecord): string {
  if (payout.status === "paid") {
    const proof = payout.tracking_key ? `tracking key ${payout.tracking_key}` : `Stripe transfer ${payout.stripe_transfer_id}`
    return `Payout ${payout.id} was already marked paid on ${payout.paid_at?.toISOString()} (${proof}): a payout is paid once.`
  }
  if (payout.status === "failed") {
    return `Payout ${payout.id} failed on ${payout.failed_at?.toISOString()} (${payout.failure_reason}) and its amount went back to the cooperative's balance: pay it in a new batch.`
  }
  return `Payout ${payout.id} is still pending.`
}
