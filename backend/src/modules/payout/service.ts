import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { LEDGER_ENTRY_TYPES, LedgerEntry, type LedgerActorType, type LedgerEntryType } from "./models/ledger-entry"

/** Every amount in the ledger is in the cooperatives' payout currency. */
export const LEDGER_CURRENCY = "mxn"

/** The sign an entry of each type must have (balance = what the network owes the cooperative). */
const SIGN_OF_TYPE: Partial<Record<LedgerEntryType, 1 | -1>> = { earning: 1, reversal: -1, payout: -1, payout_failed: 1 }

export type LedgerEntryInput = {
  entry_key: string
  cooperative_id: string
  type: LedgerEntryType
  /** Signed integer minor units of `currency_code`. */
  amount: number
  currency_code: string
  order_id?: string | null
  line_item_id?: string | null
  return_id?: string | null
  refund_id?: string | null
  payout_id?: string | null
  snapshot?: Record<string, unknown> | null
  actor_type: LedgerActorType
  actor_id?: string | null
  note?: string | null
}

export type LedgerEntryRecord = Required<LedgerEntryInput> & { id: string; created_at: Date }

export type AppendedEntry = { entry: LedgerEntryRecord; created: boolean }

export type LedgerEntryFilters = {
  cooperative_id?: string
  type?: LedgerEntryType | LedgerEntryType[]
  order_id?: string
  line_item_id?: string
  payout_id?: string
}

export type LedgerBalance = { cooperative_id: string; amount: number; currency_code: string }

const COLUMNS = [
  "id",
  "entry_key",
  "cooperative_id",
  "type",
  "amount",
  "currency_code",
  "order_id",
  "line_item_id",
  "return_id",
  "refund_id",
  "payout_id",
  "snapshot",
  "actor_type",
  "actor_id",
  "note",
] as const

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

/** bigint and numeric arrive as text from PostgreSQL; money must stay an exact safe integer. */
function toSafeInteger(value: unknown, what: string): number {
  const number = typeof value === "number" ? value : Number(value)
  if (!Number.isSafeInteger(number)) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what} (${String(value)}) is not a safe integer.`)
  }
  return number
}

function toRecord(row: Record<string, unknown>): LedgerEntryRecord {
  const record = Object.fromEntries(COLUMNS.map((column) => [column, row[column] ?? null])) as unknown as LedgerEntryRecord
  record.amount = toSafeInteger(row.amount, "Ledger amount")
  record.snapshot = (typeof row.snapshot === "string" ? JSON.parse(row.snapshot) : row.snapshot) ?? null
  record.created_at = new Date(row.created_at as string | Date)
  return record
}

function assertValidEntry(input: LedgerEntryInput): void {
  const problem = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Ledger entry "${input.entry_key}": ${message}`)
  if (!input.entry_key?.trim()) throw problem("an entry needs a key naming the fact it records.")
  if (!input.cooperative_id?.trim()) throw problem("an entry belongs to a cooperative.")
  if (!LEDGER_ENTRY_TYPES.includes(input.type)) throw problem(`"${input.type}" is not a ledger entry type.`)
  if (!Number.isSafeInteger(input.amount)) throw problem(`the amount must be an integer number of centavos, got ${input.amount}.`)
  if (input.amount === 0) throw problem("an entry of 0 records nothing.")
  const sign = SIGN_OF_TYPE[input.type]
  if (sign && Math.sign(input.amount) !== sign) throw problem(`a ${input.type} is ${sign > 0 ? "positive" : "negative"}.`)
  if (input.currency_code?.toLowerCase() !== LEDGER_CURRENCY) {
    throw problem(`the ledger is kept in ${LEDGER_CURRENCY.toUpperCase()}, not ${String(input.currency_code).toUpperCase()}.`)
  }
}

function refuse(what: string) {
  return async (..._args: unknown[]): Promise<never> => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ledger entries cannot be ${what}: a correction is a new entry.`)
  }
}

/**
 * The payout ledger. Entries are only ever appended (the generated update, delete and restore
 * methods refuse, and the database's trigger refuses the SQL); a balance is a SUM in PostgreSQL.
 */
class PayoutModuleService extends MedusaService({ LedgerEntry }) {
  /**
   * Appends entries in one transaction. An entry whose `entry_key` exists already is not written
   * again: the existing one is returned (`created: false`), even when two writers race for it.
   */
  @InjectTransactionManager()
  async appendEntries(inputs: LedgerEntryInput[], @MedusaContext() sharedContext: Context = {}): Promise<AppendedEntry[]> {
    if (!inputs.length) return []
    inputs.forEach(assertValidEntry)
    const keys = inputs.map((input) => input.entry_key)
    if (new Set(keys).size !== keys.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each ledger entry of one append needs its own entry_key.")
    }
    const manager = sharedContext.transactionManager as SqlManager
    const values: unknown[] = []
    const rows = inputs.map((input) => {
      values.push(
        generateEntityId(undefined, "ledg"),
        input.entry_key,
        input.cooperative_id,
        input.type,
        input.amount,
        LEDGER_CURRENCY,
        input.order_id ?? null,
        input.line_item_id ?? null,
        input.return_id ?? null,
        input.refund_id ?? null,
        input.payout_id ?? null,
        input.snapshot ? JSON.stringify(input.snapshot) : null,
        input.actor_type,
        input.actor_id ?? null,
        input.note ?? null
      )
      return `(${COLUMNS.map((column) => (column === "snapshot" ? "?::jsonb" : "?")).join(", ")})`
    })
    // ON CONFLICT waits for a concurrent writer of the same key, then skips: never a second entry.
    const inserted = await manager.execute(
      `insert into ledger_entry (${COLUMNS.join(", ")}) values ${rows.join(", ")}
       on conflict (entry_key) do nothing returning *`,
      values
    )
    const created = new Set(inserted.map((row) => row.entry_key as string))
    const missing = keys.filter((key) => !created.has(key))
    const existing = missing.length
      ? await manager.execute(`select * from ledger_entry where entry_key in (${missing.map(() => "?").join(", ")})`, missing)
      : []
    const byKey = new Map([...inserted, ...existing].map((row) => [row.entry_key as string, toRecord(row)]))
    return keys.map((key) => {
      const entry = byKey.get(key)
      if (!entry) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Ledger entry "${key}" was neither written nor found.`)
      return { entry, created: created.has(key) }
    })
  }

  /** What the network owes the cooperative now: the sum of all its entries, in centavos. */
  @InjectManager()
  async balance(cooperativeId: string, @MedusaContext() sharedContext: Context = {}): Promise<LedgerBalance> {
    const manager = sharedContext.manager as SqlManager
    const [row] = await manager.execute(
      "select coalesce(sum(amount), 0)::text as amount from ledger_entry where cooperative_id = ? and deleted_at is null",
      [cooperativeId]
    )
    return { cooperative_id: cooperativeId, amount: toSafeInteger(row.amount, "Balance"), currency_code: LEDGER_CURRENCY }
  }

  /**
   * Entries of a cooperative or an order, newest first (entries of one append share a time; ids
   * break the tie). `take: null` reads them all.
   */
  async listEntries(
    filters: LedgerEntryFilters,
    page: { skip?: number; take?: number | null; select?: string[] } = {}
  ): Promise<[LedgerEntryRecord[], number]> {
    const { type, ...columns } = filters
    if (!columns.cooperative_id && !columns.order_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ledger entries are listed for a cooperative or an order.")
    }
    const where = {
      ...(type ? { type: Array.isArray(type) ? type : [type] } : {}),
      ...Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)),
    }
    const [entries, count] = await this.listAndCountLedgerEntries(where, {
      select: page.select,
      skip: page.skip ?? 0,
      take: page.take === undefined ? 50 : page.take,
      order: { created_at: "DESC", id: "DESC" },
    })
    const records = entries.map((entry) =>
      "amount" in entry ? { ...entry, amount: toSafeInteger(entry.amount, "Ledger amount") } : entry
    ) as unknown as LedgerEntryRecord[]
    return [records, count]
  }

  // The ledger is append-only: the write paths MedusaService generates are closed.
  createLedgerEntries = refuse("created except through appendEntries")
  updateLedgerEntries = refuse("changed")
  deleteLedgerEntries = refuse("deleted")
  softDeleteLedgerEntries = refuse("deleted")
  restoreLedgerEntries = refuse("restored")
}

export default PayoutModuleService
