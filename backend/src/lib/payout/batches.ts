import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { clabeProblem } from "@telar/fair-trade"
import {
  type AdminPayout,
  type AdminPayoutBatch,
  COORDINATOR_PAYOUT_FIELDS,
  type CooperativePayoutBalance,
  type CoordinatorPayout,
  type PayoutBatchStatus,
} from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { PAYOUT_MODULE } from "../../modules/payout"
import type { PayoutMethod } from "../../modules/payout/models/payout"
import type { NewPayoutInput, PayoutBatchRecord, PayoutRecord } from "../../modules/payout/payouts"
import type PayoutModuleService from "../../modules/payout/service"
import { LEDGER_CURRENCY } from "../../modules/payout/service"
import { maskAccountNumber } from "../coordinator/profile"

type PayoutAccountRow = {
  method: string
  account_holder: string
  clabe: string | null
  stripe_account_id: string | null
  currency_code: string
}

type CooperativeRow = { id: string; name: string; handle: string; payout_account?: PayoutAccountRow | null }

/** Why a cooperative cannot be paid with this account now (staff read it), or null when it can. */
export function payoutBlocker(account: PayoutAccountRow | null | undefined): string | null {
  if (!account) return "It has no payout account: add its CLABE or Stripe account first."
  if (account.currency_code?.toLowerCase() !== LEDGER_CURRENCY) {
    return `Its payout account is in ${String(account.currency_code).toUpperCase()}: payouts are made in MXN.`
  }
  if (!account.account_holder?.trim()) return "Its payout account names no account holder."
  if (account.method === "spei") {
    const problem = account.clabe ? clabeProblem(account.clabe) : "format"
    if (problem === "format") return `Its CLABE "${account.clabe ?? ""}" is not 18 digits: correct it in the cooperative's payout account.`
    if (problem === "check_digit") {
      return `Its CLABE "${account.clabe}" has a wrong check digit: copy it again from the bank statement.`
    }
    return null
  }
  if (account.method === "stripe_connect") {
    return /^acct_[A-Za-z0-9]+$/.test(account.stripe_account_id ?? "")
      ? null
      : "Its Stripe Connect account id (acct_…) is missing or malformed: correct it in the cooperative's payout account."
  }
  return `Its payout method "${account.method}" is not one Telar pays by.`
}

async function cooperativesWithAccounts(container: MedusaContainer, ids?: string[]): Promise<CooperativeRow[]> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await service.listCooperatives(ids ? { id: ids } : {}, {
    select: ["id", "name", "handle"],
    relations: ["payout_account"],
    take: null,
  })
  return rows as unknown as CooperativeRow[]
}

/**
 * Where each cooperative of a new batch is paid, from its payout account now. Refuses, naming
 * every cooperative at fault, unknown cooperatives (404) and accounts that cannot be paid (400),
 * or a method other than the one asked for.
 */
export async function resolvePayoutDestinations(
  container: MedusaContainer,
  input: { payouts: { cooperative_id: string; amount?: number | null }[]; method?: PayoutMethod }
): Promise<NewPayoutInput[]> {
  const ids = input.payouts.map((payout) => payout.cooperative_id)
  const found = new Map((await cooperativesWithAccounts(container, [...new Set(ids)])).map((row) => [row.id, row]))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative has the id ${missing.map((id) => `"${id}"`).join(", ")}.`)
  }
  const problems: string[] = []
  const destinations = input.payouts.map((payout) => {
    const cooperative = found.get(payout.cooperative_id) as CooperativeRow
    const account = cooperative.payout_account ?? null
    const blocker = payoutBlocker(account)
    if (blocker) problems.push(`${cooperative.name} (${cooperative.id}): ${blocker}`)
    else if (input.method && account?.method !== input.method) {
      problems.push(`${cooperative.name} (${cooperative.id}) is paid by ${account?.method}, not ${input.method}.`)
    }
    return {
      cooperative_id: cooperative.id,
      label: cooperative.name,
      amount: payout.amount ?? null,
      method: account?.method as PayoutMethod,
      account_holder: account?.account_holder?.trim() ?? "",
      clabe: account?.method === "spei" ? (account.clabe ?? null) : null,
      stripe_account_id: account?.method === "stripe_connect" ? (account.stripe_account_id ?? null) : null,
    }
  })
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  return destinations
}

// A workflow's result may come back with its dates as strings (serialized between steps).
const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null)

export function toAdminPayout(payout: PayoutRecord): AdminPayout {
  return {
    id: payout.id,
    batch_id: payout.batch_id,
    cooperative_id: payout.cooperative_id,
    method: payout.method,
    amount: payout.amount,
    currency_code: payout.currency_code,
    status: payout.status,
    account_holder: payout.account_holder,
    clabe: payout.clabe,
    stripe_account_id: payout.stripe_account_id,
    reference: payout.reference,
    tracking_key: payout.tracking_key,
    stripe_transfer_id: payout.stripe_transfer_id,
    failure_reason: payout.failure_reason,
    paid_at: iso(payout.paid_at),
    failed_at: iso(payout.failed_at),
    settled_by: payout.settled_by,
    created_at: iso(payout.created_at) as string,
  }
}

export function batchStatus(payouts: Pick<PayoutRecord, "status">[]): PayoutBatchStatus {
  if (payouts.some((payout) => payout.status === "pending")) return "pending"
  if (payouts.every((payout) => payout.status === "paid")) return "paid"
  if (payouts.every((payout) => payout.status === "failed")) return "failed"
  return "partially_paid"
}

export function toAdminPayoutBatch(batch: PayoutBatchRecord): AdminPayoutBatch {
  const sum = (status?: PayoutRecord["status"]) =>
    batch.payouts.filter((payout) => !status || payout.status === status).reduce((total, payout) => total + payout.amount, 0)
  return {
    id: batch.id,
    status: batchStatus(batch.payouts),
    note: batch.note,
    created_by: batch.created_by,
    created_at: iso(batch.created_at) as string,
    totals: { amount: sum(), paid: sum("paid"), pending: sum("pending"), failed: sum("failed"), currency_code: LEDGER_CURRENCY },
    payouts: batch.payouts.map(toAdminPayout),
  }
}

/** A coordinator's view of a payout: only the fields coordinators see, the account number masked. */
export function toCoordinatorPayout(payout: PayoutRecord): CoordinatorPayout {
  const full = toAdminPayout(payout)
  const visible = Object.fromEntries(COORDINATOR_PAYOUT_FIELDS.map((field) => [field, full[field]])) as CoordinatorPayout
  return { ...visible, clabe: maskAccountNumber(payout.clabe) }
}

/** Every cooperative's balance, what pending payouts hold, and whether it can be paid now; largest balance first. */
export async function listPayoutBalances(container: MedusaContainer): Promise<CooperativePayoutBalance[]> {
  const cooperatives = await cooperativesWithAccounts(container)
  const balances = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).payoutBalances(cooperatives.map((row) => row.id))
  return cooperatives
    .map((cooperative) => {
      const balance = balances.get(cooperative.id)
      return {
        cooperative_id: cooperative.id,
        name: cooperative.name,
        handle: cooperative.handle,
        available: balance?.balance ?? 0,
        pending_amount: balance?.pending_amount ?? 0,
        pending_count: balance?.pending_count ?? 0,
        currency_code: LEDGER_CURRENCY,
        payout_method: (cooperative.payout_account?.method as PayoutMethod | undefined) ?? null,
        payout_blocker: payoutBlocker(cooperative.payout_account),
      }
    })
    .sort((a, b) => b.available - a.available || a.name.localeCompare(b.name, "es"))
}
