import type { AdminPayout, AdminPayoutBatch, CooperativePayoutBalance, PayoutBatchStatus, PayoutMethod, PayoutStatus } from "@telar/types"
import { maskAccountNumber } from "./clabe"
import { formatMoney, parseMoneyInput } from "./money"

/** The payout module's statuses, as the admin bundle can hold them (a unit test checks them against the module). */
export const PAYOUT_STATUSES = ["pending", "paid", "failed"] as const

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey"

export const PAYOUT_STATUS_BADGES: Record<PayoutStatus, { label: string; color: BadgeColor }> = {
  pending: { label: "Pending", color: "orange" },
  paid: { label: "Paid", color: "green" },
  failed: { label: "Failed", color: "red" },
}

export const BATCH_STATUS_BADGES: Record<PayoutBatchStatus, { label: string; color: BadgeColor }> = {
  pending: { label: "Pending", color: "orange" },
  paid: { label: "Paid", color: "green" },
  failed: { label: "Failed", color: "red" },
  partially_paid: { label: "Partly paid", color: "blue" },
}

/** React Query keys of the payout screens; everything under ["telar", "payouts"] refreshes after a payout changes. */
export const payoutKeys = {
  all: ["telar", "payouts"] as const,
  balances: ["telar", "payouts", "balances"] as const,
  batches: (params: Record<string, unknown>) => ["telar", "payouts", "batches", params] as const,
  batch: (id: string) => ["telar", "payouts", "batch", id] as const,
  ledger: (cooperativeId: string, params: Record<string, unknown>) => ["telar", "payouts", "ledger", cooperativeId, params] as const,
  advances: (cooperativeId: string) => ["telar", "payouts", "advances", cooperativeId] as const,
  cooperativePayouts: (cooperativeId: string, params: Record<string, unknown>) =>
    ["telar", "payouts", "cooperative-payouts", cooperativeId, params] as const,
}

/** What POST /admin/payout-batches and …/transfers answer: the batch as it stands, and the Stripe transfers that got no answer. */
export type PayoutBatchAnswer = { payout_batch: AdminPayoutBatch; transfer_errors: { payout_id: string; message: string }[] }

/** Why a cooperative cannot go into a batch now, or null when it can. */
export function unpayableReason(balance: CooperativePayoutBalance): string | null {
  if (balance.payout_blocker) return balance.payout_blocker
  if (balance.available <= 0) return "Nothing available to pay."
  return null
}

/** One row of the "create batch" table: ticked or not, and the amount as staff typed it (empty = the whole available balance). */
export type BatchLine = { selected: boolean; amount: string }
export type BatchSelection = Record<string, BatchLine>

export type BatchPayload = { payouts: { cooperative_id: string; amount: number }[]; note?: string }

export type MethodTotals = Record<PayoutMethod, { count: number; amount: number }>

export type BatchPlan =
  | { ok: true; payload: BatchPayload; totals: MethodTotals; total: number }
  | { ok: false; errors: Record<string, string>; message?: string }

/** Every cooperative that can be paid now, ticked, for its whole available balance. */
export function selectAllPayable(balances: CooperativePayoutBalance[]): BatchSelection {
  return Object.fromEntries(
    balances.filter((balance) => !unpayableReason(balance)).map((balance) => [balance.cooperative_id, { selected: true, amount: "" }])
  )
}

/**
 * The body of POST /admin/payout-batches from the ticked rows, or what is wrong per cooperative.
 * Every payout carries an explicit amount (an empty field means the available balance shown), so
 * the batch pays what staff saw: if the balance dropped meanwhile the API refuses rather than pay less.
 */
export function planBatch(balances: CooperativePayoutBalance[], selection: BatchSelection, note: string): BatchPlan {
  const errors: Record<string, string> = {}
  const payouts: BatchPayload["payouts"] = []
  const totals: MethodTotals = { spei: { count: 0, amount: 0 }, stripe_connect: { count: 0, amount: 0 } }
  for (const balance of balances) {
    const line = selection[balance.cooperative_id]
    if (!line?.selected) continue
    const blocked = unpayableReason(balance)
    if (blocked || !balance.payout_method) {
      errors[balance.cooperative_id] = blocked ?? "It has no payout account."
      continue
    }
    let amount = balance.available
    if (line.amount.trim()) {
      const parsed = parseMoneyInput(line.amount, balance.currency_code)
      if ("error" in parsed) {
        errors[balance.cooperative_id] = parsed.error
        continue
      }
      amount = parsed.minor
    }
    if (amount <= 0) {
      errors[balance.cooperative_id] = "Pay more than 0, or untick the cooperative."
      continue
    }
    if (amount > balance.available) {
      errors[balance.cooperative_id] = `At most ${formatMoney(balance.available, balance.currency_code)} is available.`
      continue
    }
    payouts.push({ cooperative_id: balance.cooperative_id, amount })
    totals[balance.payout_method].count += 1
    totals[balance.payout_method].amount += amount
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  if (!payouts.length) return { ok: false, errors, message: "Tick at least one cooperative to pay." }
  const text = note.trim()
  if (text.length > 500) return { ok: false, errors, message: "Keep the note under 500 characters." }
  const total = payouts.reduce((sum, payout) => sum + payout.amount, 0)
  return { ok: true, payload: { payouts, ...(text ? { note: text } : {}) }, totals, total }
}

/** "2 by SPEI (MX$1,200.00), sent by you with the bank file; 1 by Stripe Connect (MX$300.00), sent now": what creating the batch does. */
export function describePlan(totals: MethodTotals, currency: string): string {
  const parts: string[] = []
  if (totals.spei.count) {
    parts.push(`${totals.spei.count} by SPEI (${formatMoney(totals.spei.amount, currency)}), sent by you with the bank file`)
  }
  if (totals.stripe_connect.count) {
    parts.push(`${totals.stripe_connect.count} by Stripe Connect (${formatMoney(totals.stripe_connect.amount, currency)}), sent now`)
  }
  return parts.join("; ")
}

/** What staff may do with one payout: SPEI is settled by hand (tracking key or reason), Stripe only by retrying its transfer. */
export function payoutActions(payout: Pick<AdminPayout, "method" | "status">): { settle: boolean; retry: boolean } {
  const pending = payout.status === "pending"
  return { settle: pending && payout.method === "spei", retry: pending && payout.method === "stripe_connect" }
}

/** What is still to do in a batch: SPEI transfers for the bank file, Stripe transfers that got no answer. */
export function batchTodo(batch: Pick<AdminPayoutBatch, "payouts">): { spei: number; stripe: number } {
  const pending = batch.payouts.filter((payout) => payout.status === "pending")
  return {
    spei: pending.filter((payout) => payout.method === "spei").length,
    stripe: pending.filter((payout) => payout.method === "stripe_connect").length,
  }
}

/** What the batch's Stripe transfers came to, for the toast after creating or retrying; null when it has none. */
export function transfersOutcome(answer: PayoutBatchAnswer): { message: string; ok: boolean } | null {
  const stripe = answer.payout_batch.payouts.filter((payout) => payout.method === "stripe_connect")
  if (!stripe.length) return null
  const paid = stripe.filter((payout) => payout.status === "paid").length
  const failed = stripe.filter((payout) => payout.status === "failed").length
  const pending = stripe.length - paid - failed
  const parts = [`${paid} of ${stripe.length} Stripe transfers paid`]
  if (failed) parts.push(`${failed} refused by Stripe (the amount went back to the balance)`)
  if (pending) {
    const why = answer.transfer_errors[0]?.message
    parts.push(`${pending} without an answer from Stripe${why ? ` (${why})` : ""}: retry from the batch page`)
  }
  return { message: `${parts.join("; ")}.`, ok: !failed && !pending }
}

/** Why a typed tracking key would be refused, in the API's words, or null. */
export function trackingKeyError(text: string): string | null {
  const key = text.trim()
  if (!key) return "Enter the clave de rastreo from the bank's receipt (CEP)."
  if (!/^[A-Za-z0-9]{1,30}$/.test(key)) {
    return "A tracking key (clave de rastreo) has 1 to 30 letters and digits: copy it from the bank's receipt."
  }
  return null
}

/** Why a failure reason would be refused, or null. */
export function failureReasonError(text: string): string | null {
  const reason = text.trim()
  if (reason.length < 3) return "Say why the payout failed, in a few words (the cooperative's statement shows it)."
  if (reason.length > 500) return "Keep the reason under 500 characters."
  return null
}

/** The bank file of a batch (pending SPEI transfers only), downloaded with the admin's session cookie. */
export function batchCsvHref(batchId: string): string {
  return `/admin/payout-batches/${encodeURIComponent(batchId)}/export.csv`
}

/** Only the account's last four characters, e.g. "•••• 9719"; the bank file carries the whole CLABE. */
export function payoutAccountLabel(payout: Pick<AdminPayout, "method" | "clabe" | "stripe_account_id">): string {
  return maskAccountNumber(payout.method === "spei" ? payout.clabe : payout.stripe_account_id)
}
