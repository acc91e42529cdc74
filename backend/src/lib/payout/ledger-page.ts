import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUT_MODULE } from "../../modules/payout"
import type { LedgerEntryType } from "../../modules/payout/models/ledger-entry"
import type PayoutModuleService from "../../modules/payout/service"
import type { LedgerBalance, LedgerEntryRecord } from "../../modules/payout/service"
import { LEDGER_DEFAULT_LIMIT } from "./ledger-query"

/** GET /admin/cooperatives/:id/ledger and GET /coordinator/ledger answer in this shape. */
export type LedgerPage = {
  cooperative_id: string
  /** What the network owes the cooperative now, in integer centavos. */
  balance: Omit<LedgerBalance, "cooperative_id">
  ledger_entries: Partial<LedgerEntryRecord>[]
  count: number
  offset: number
  limit: number
}

/** One page of a cooperative's ledger, newest first, with its balance (a SUM over all entries, not this page). */
export async function ledgerPage(
  scope: MedusaContainer,
  input: {
    cooperative_id: string
    filters: { type?: LedgerEntryType | LedgerEntryType[]; order_id?: string }
    /** The fields the request asked for (Medusa strips those not allowed, which may leave none). */
    fields: string[]
    /** Every field this actor may see: the answer never holds another, whatever was asked. */
    visible_fields: string[]
    skip?: number
    take?: number
  }
): Promise<LedgerPage> {
  const service = scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const skip = input.skip ?? 0
  const take = input.take ?? LEDGER_DEFAULT_LIMIT
  const asked = input.fields.filter((field) => input.visible_fields.includes(field))
  const select = asked.length ? asked : input.visible_fields
  const [[entries, count], balance] = await Promise.all([
    service.listEntries(
      { cooperative_id: input.cooperative_id, type: input.filters.type, order_id: input.filters.order_id },
      { select, skip, take }
    ),
    service.balance(input.cooperative_id),
  ])
  return {
    cooperative_id: input.cooperative_id,
    balance: { amount: balance.amount, currency_code: balance.currency_code },
    ledger_entries: entries,
    count,
    offset: skip,
    limit: take,
  }
}
