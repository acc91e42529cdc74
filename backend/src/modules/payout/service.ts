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
import { Payout, type PayoutMethod, type PayoutStatus } from "./models/payout"
import { PayoutBatch } from "./models/payout-batch"
import {
  type NewPayoutBatchInput,
  assertPayoutMethod,
  PAYOUT_COLUMNS,
  type PayoutBatchRecord,
  type PayoutRecord,
  payoutAmountProblems,
  payoutEntryKey,
  payoutFailedEntryKey,
  payoutReference,
  settledMessage,
  toPayoutRecord,
  toSafeCentavos,
} from "./payouts"

/** How long a writer waits for a cooperative's balance lock before it gives up with a 409. */
const BALANCE_LOCK_TIMEOUT = "30s"

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

/** What a plan run under the balance lock may read: balances taken under the lock, and entries in its transaction. */
export type BalanceLockReader = {
  balanceOf: (cooperativeId: string) => number
  listEntries: (
    filters: LedgerEntryFilters,
    page?: { skip?: number; take?: number | null; select?: string[] }
  ) => Promise<[LedgerEntryRecord[], number]>
}

/** The stored columns of a ledger entry (created_at aside, which the database sets). */
export const LEDGER_ENTRY_COLUMNS = [
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

function toRecord(row: Record<string, unknown>): LedgerEntryRecord {
  const record = Object.fromEntries(LEDGER_ENTRY_COLUMNS.map((column) => [column, row[column] ?? null])) as unknown as LedgerEntryRecord
  record.amount = toSafeCentavos(row.amount, "Ledger amount")
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

function refuse(what: string, subject = "Ledger entries") {
  return async (..._args: unknown[]): Promise<never> => {
    const why = subject === "Ledger entries" ? ": a correction is a new entry" : ""
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${subject} cannot be ${what}${why}.`)
  }
}

/**
 * The payout ledger. Entries are only ever appended (the generated update, delete and restore
 * methods refuse, and the database's trigger refuses the SQL); a balance is a SUM in PostgreSQL.
 */
class PayoutModuleService extends MedusaService({ LedgerEntry, PayoutBatch, Payout }) {
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
      return `(${LEDGER_ENTRY_COLUMNS.map((column) => (column === "snapshot" ? "?::jsonb" : "?")).join(", ")})`
    })
    // ON CONFLICT waits for a concurrent writer of the same key, then skips: never a second entry.
    // No conflict target: an earning's key comes with a second unique rule (one earning per line
    // item), and a writer racing on that rule must skip too; named only `(entry_key)`, the loser
    // of that race failed with a unique violation instead.
    const inserted = await manager.execute(
      `insert into ledger_entry (${LEDGER_ENTRY_COLUMNS.join(", ")}) values ${rows.join(", ")}
       on conflict do nothing returning *`,
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
      if (!entry) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Ledger entry "${key}" was not written: another entry already holds what it records (an earning of the same order line).`
        )
      }
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
    return { cooperative_id: cooperativeId, amount: toSafeCentavos(row.amount, "Balance"), currency_code: LEDGER_CURRENCY }
  }

  /**
   * Entries of a cooperative or an order, newest first (entries of one append share a time; ids
   * break the tie). `take: null` reads them all.
   */
  async listEntries(
    filters: LedgerEntryFilters,
    page: { skip?: number; take?: number | null; select?: string[] } = {},
    sharedContext?: Context
  ): Promise<[LedgerEntryRecord[], number]> {
    const { type, ...columns } = filters
    if (!columns.cooperative_id && !columns.order_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ledger entries are listed for a cooperative or an order.")
    }
    const where = {
      ...(type ? { type: Array.isArray(type) ? type : [type] } : {}),
      ...Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)),
    }
    const [entries, count] = await this.listAndCountLedgerEntries(
      where,
      {
        select: page.select,
        skip: page.skip ?? 0,
        take: page.take === undefined ? 50 : page.take,
        order: { created_at: "DESC", id: "DESC" },
      },
      sharedContext
    )
    const records = entries.map((entry) =>
      "amount" in entry ? { ...entry, amount: toSafeCentavos(entry.amount, "Ledger amount") } : entry
    ) as unknown as LedgerEntryRecord[]
    return [records, count]
  }

  // The ledger is append-only: the write paths MedusaService generates are closed.
  createLedgerEntries = refuse("created except through appendEntries")
  updateLedgerEntries = refuse("changed")
  deleteLedgerEntries = refuse("deleted")
  softDeleteLedgerEntries = refuse("deleted")
  restoreLedgerEntries = refuse("restored")

  // ---------------------------------------------------------------- payout batches

  /**
   * Holds the lock on these cooperatives' balances until the transaction ends. Whoever takes
   * money out of a balance on purpose (a payout) holds it, so two batches never promise the same
   * pesos. Taken in one order (sorted ids): two writers never wait on each other in a cycle.
   */
  protected async lockBalances(cooperativeIds: string[], manager: SqlManager): Promise<void> {
    // A waiter holds a pooled connection: it gives up after a while rather than drain the pool.
    await manager.execute(`set local lock_timeout = '${BALANCE_LOCK_TIMEOUT}'`)
    for (const id of [...new Set(cooperativeIds)].sort()) {
      try {
        await manager.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`telar:cooperative-balance:${id}`])
      } catch (error) {
        if ((error as { code?: string }).code !== "55P03") throw error
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The balance of cooperative ${id} is being changed by another operation (a payout batch or an order's earnings) for over ${BALANCE_LOCK_TIMEOUT}. Try again in a moment.`
        )
      }
    }
  }

  protected async sumBalances(cooperativeIds: string[] | null, manager: SqlManager): Promise<Map<string, number>> {
    if (cooperativeIds && !cooperativeIds.length) return new Map()
    const rows = await manager.execute(
      `select cooperative_id, sum(amount)::text as amount from ledger_entry where deleted_at is null
        ${cooperativeIds ? `and cooperative_id in (${cooperativeIds.map(() => "?").join(", ")})` : ""} group by cooperative_id`,
      cooperativeIds ?? []
    )
    return new Map(rows.map((row) => [row.cooperative_id as string, toSafeCentavos(row.amount, "Balance")]))
  }

  protected async payoutOrFail(payoutId: string, manager: SqlManager): Promise<PayoutRecord> {
    const [row] = await manager.execute(`select ${PAYOUT_COLUMNS.join(", ")} from payout where id = ? and deleted_at is null`, [payoutId])
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout "${payoutId}" was not found.`)
    return toPayoutRecord(row)
  }

  /**
   * Appends what `plan` decides from these cooperatives' balances, under the same balance lock as
   * payouts and corrections and in one transaction: what the plan reads (the balances, and entries
   * through `listEntries`) cannot change before its entries are written, so money a payout is
   * taking is never recouped as well. The plan runs inside the transaction; keep it to reads.
   */
  @InjectTransactionManager()
  async appendUnderBalanceLock(
    cooperativeIds: string[],
    plan: (reader: BalanceLockReader) => Promise<LedgerEntryInput[]>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AppendedEntry[]> {
    const manager = sharedContext.transactionManager as SqlManager
    await this.lockBalances(cooperativeIds, manager)
    const balances = await this.sumBalances(cooperativeIds, manager)
    const entries = await plan({
      balanceOf: (cooperativeId) => balances.get(cooperativeId) ?? 0,
      listEntries: (filters, page) => this.listEntries(filters, page, sharedContext),
    })
    return this.appendEntries(entries, sharedContext)
  }

  /**
   * Appends a staff correction (`adjustment`, either sign) under the cooperative's balance lock: a
   * correction that takes money back never leaves the balance below zero (that would be a debt no
   * one announced). The same entry_key again returns the entry already written.
   */
  @InjectTransactionManager()
  async appendAdjustment(input: LedgerEntryInput, @MedusaContext() sharedContext: Context = {}): Promise<AppendedEntry> {
    if (input.type !== "adjustment") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only an adjustment is recorded here.")
    const manager = sharedContext.transactionManager as SqlManager
    await this.lockBalances([input.cooperative_id], manager)
    const [taken] = await manager.execute("select entry_key from ledger_entry where entry_key = ?", [input.entry_key])
    if (!taken && input.amount < 0) {
      const balance = (await this.sumBalances([input.cooperative_id], manager)).get(input.cooperative_id) ?? 0
      if (balance + input.amount < 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `This correction takes back ${-input.amount} centavos but the cooperative is owed ${balance}: it would leave the balance below zero. Take back at most ${balance}, or record the rest when it is owed more.`
        )
      }
    }
    const [appended] = await this.appendEntries([input], sharedContext)
    return appended
  }

  /**
   * Creates a batch: one pending payout per cooperative and its `payout` ledger entry (-amount),
   * in one transaction under the balances' lock. Each amount (null: the whole balance) must be
   * above zero and at most what the cooperative has available at that moment; if any is not,
   * nothing is written.
   */
  @InjectTransactionManager()
  async createPayoutBatch(input: NewPayoutBatchInput, @MedusaContext() sharedContext: Context = {}): Promise<PayoutBatchRecord> {
    const cooperativeIds = input.payouts.map((payout) => payout.cooperative_id)
    if (!cooperativeIds.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A payout batch pays at least one cooperative.")
    const repeated = cooperativeIds.filter((id, index) => cooperativeIds.indexOf(id) !== index)
    if (repeated.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A cooperative is paid once per batch: ${[...new Set(repeated)].join(", ")} appears twice.`
      )
    }
    const manager = sharedContext.transactionManager as SqlManager
    await this.lockBalances(cooperativeIds, manager)
    const balances = await this.sumBalances(cooperativeIds, manager)
    const problems = payoutAmountProblems(input.payouts, balances)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))

    const [batch] = await manager.execute(
      "insert into payout_batch (id, note, created_by) values (?, ?, ?) returning id, note, created_by, created_at",
      [generateEntityId(undefined, "pobatch"), input.note ?? null, input.created_by]
    )
    const values: unknown[] = []
    // Ids sorted in the input's order: a batch's payouts (and its bank file) list in the order staff gave.
    const payoutIds = input.payouts.map(() => generateEntityId(undefined, "po")).sort()
    const rows = input.payouts.map((payout, index) => {
      const id = payoutIds[index]
      const amount = payout.amount ?? (balances.get(payout.cooperative_id) as number)
      values.push(
        id,
        batch.id,
        payout.cooperative_id,
        payout.method,
        amount,
        LEDGER_CURRENCY,
        payout.account_holder,
        payout.clabe,
        payout.stripe_account_id,
        payoutReference(id)
      )
      return "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    })
    const inserted = await manager.execute(
      `insert into payout (id, batch_id, cooperative_id, method, amount, currency_code, account_holder, clabe, stripe_account_id, reference)
        values ${rows.join(", ")} returning ${PAYOUT_COLUMNS.join(", ")}`,
      values
    )
    const payouts = inserted.map(toPayoutRecord)
    await this.appendEntries(
      payouts.map((payout) => ({
        entry_key: payoutEntryKey(payout.id),
        cooperative_id: payout.cooperative_id,
        type: "payout" as const,
        amount: -payout.amount,
        currency_code: LEDGER_CURRENCY,
        payout_id: payout.id,
        snapshot: {
          batch_id: batch.id,
          method: payout.method,
          reference: payout.reference,
          available_before: balances.get(payout.cooperative_id),
        },
        actor_type: "user" as const,
        actor_id: input.created_by,
        note: payout.reference,
      })),
      sharedContext
    )
    return {
      id: batch.id as string,
      note: (batch.note as string | null) ?? null,
      created_by: (batch.created_by as string | null) ?? null,
      created_at: new Date(batch.created_at as string | Date),
      payouts: cooperativeIds.map((id) => payouts.find((payout) => payout.cooperative_id === id) as PayoutRecord),
    }
  }

  /**
   * Marks a pending payout paid, by one conditional UPDATE: of two requests at once, one marks it
   * and the other is refused. A SPEI payout needs the bank's tracking key, a Stripe one its
   * transfer; the same transfer reported twice (a retry) is answered with `changed: false`.
   */
  @InjectTransactionManager()
  async markPayoutPaid(
    input: {
      payout_id: string
      method: PayoutMethod
      tracking_key?: string | null
      stripe_transfer_id?: string | null
      actor_id: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ payout: PayoutRecord; changed: boolean }> {
    const proof = input.method === "spei" ? input.tracking_key : input.stripe_transfer_id
    if (!proof?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.method === "spei"
          ? "A SPEI payout is marked paid with the bank's tracking key (clave de rastreo)."
          : "A Stripe payout is paid by a transfer id."
      )
    }
    const manager = sharedContext.transactionManager as SqlManager
    const [row] = await manager.execute(
      `update payout set status = 'paid', tracking_key = ?, stripe_transfer_id = ?, paid_at = now(), settled_by = ?, updated_at = now()
        where id = ? and method = ? and status = 'pending' and deleted_at is null returning ${PAYOUT_COLUMNS.join(", ")}`,
      [input.tracking_key ?? null, input.stripe_transfer_id ?? null, input.actor_id, input.payout_id, input.method]
    )
    if (row) return { payout: toPayoutRecord(row), changed: true }
    const current = await this.payoutOrFail(input.payout_id, manager)
    assertPayoutMethod(current, input.method)
    if (current.status === "paid" && input.stripe_transfer_id && current.stripe_transfer_id === input.stripe_transfer_id) {
      return { payout: current, changed: false }
    }
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, settledMessage(current))
  }

  /** Undoes markPayoutPaid when a later step of its workflow failed: only a pending payout is ever marked paid, so a paid one is that marking's. */
  @InjectTransactionManager()
  async undoMarkPayoutPaid(payoutId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `update payout set status = 'pending', tracking_key = null, stripe_transfer_id = null, paid_at = null, settled_by = null, updated_at = now()
        where id = ? and status = 'paid'`,
      [payoutId]
    )
  }

  /**
   * Marks a pending payout failed and gives its amount back to the balance (a `payout_failed`
   * entry), both in one transaction: the balance never shows a failure without its refund.
   */
  @InjectTransactionManager()
  async failPayout(
    input: { payout_id: string; method?: PayoutMethod; reason: string; actor_type: LedgerActorType; actor_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PayoutRecord> {
    if (!input.reason?.trim())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why the payout failed: the cooperative and the accounts read it.")
    const manager = sharedContext.transactionManager as SqlManager
    const [row] = await manager.execute(
      `update payout set status = 'failed', failure_reason = ?, failed_at = now(), settled_by = ?, updated_at = now()
        where id = ? and status = 'pending' and deleted_at is null ${input.method ? "and method = ?" : ""} returning ${PAYOUT_COLUMNS.join(", ")}`,
      [input.reason.trim(), input.actor_id, input.payout_id, ...(input.method ? [input.method] : [])]
    )
    if (!row) {
      const current = await this.payoutOrFail(input.payout_id, manager)
      if (input.method) assertPayoutMethod(current, input.method)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, settledMessage(current))
    }
    const payout = toPayoutRecord(row)
    await this.appendEntries(
      [
        {
          entry_key: payoutFailedEntryKey(payout.id),
          cooperative_id: payout.cooperative_id,
          type: "payout_failed",
          amount: payout.amount,
          currency_code: LEDGER_CURRENCY,
          payout_id: payout.id,
          snapshot: { batch_id: payout.batch_id, method: payout.method, reference: payout.reference, reason: payout.failure_reason },
          actor_type: input.actor_type,
          actor_id: input.actor_id,
          note: payout.failure_reason,
        },
      ],
      sharedContext
    )
    return payout
  }

  /** Payouts, newest first, with their count. */
  @InjectManager()
  async listPayoutRecords(
    filters: { id?: string[]; batch_id?: string[]; cooperative_id?: string; status?: PayoutStatus[]; method?: PayoutMethod },
    page: { skip?: number; take?: number | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[PayoutRecord[], number]> {
    const manager = sharedContext.manager as SqlManager
    const clauses = ["deleted_at is null"]
    const params: unknown[] = []
    for (const [column, value] of Object.entries(filters)) {
      if (value === undefined) continue
      const list = Array.isArray(value) ? value : [value]
      if (!list.length) return [[], 0]
      clauses.push(`${column} in (${list.map(() => "?").join(", ")})`)
      params.push(...list)
    }
    const where = clauses.join(" and ")
    const limit = page.take === null ? "" : ` limit ${Math.max(0, Math.trunc(page.take ?? 50))}`
    const [rows, [{ count }]] = await Promise.all([
      manager.execute(
        `select ${PAYOUT_COLUMNS.join(", ")} from payout where ${where} order by created_at desc, id desc${limit} offset ${Math.max(0, Math.trunc(page.skip ?? 0))}`,
        params
      ),
      manager.execute(`select count(*)::int as count from payout where ${where}`, params),
    ])
    return [rows.map(toPayoutRecord), Number(count)]
  }

  /** Batches, newest first, each with its payouts. */
  @InjectManager()
  async listPayoutBatchRecords(
    filters: { id?: string } = {},
    page: { skip?: number; take?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[PayoutBatchRecord[], number]> {
    const manager = sharedContext.manager as SqlManager
    const where = `deleted_at is null${filters.id ? " and id = ?" : ""}`
    const params = filters.id ? [filters.id] : []
    const [batches, [{ count }]] = await Promise.all([
      manager.execute(
        `select id, note, created_by, created_at from payout_batch where ${where} order by created_at desc, id desc
          limit ${Math.max(0, Math.trunc(page.take ?? 20))} offset ${Math.max(0, Math.trunc(page.skip ?? 0))}`,
        params
      ),
      manager.execute(`select count(*)::int as count from payout_batch where ${where}`, params),
    ])
    const [payouts] = await this.listPayoutRecords({ batch_id: batches.map((batch) => batch.id as string) }, { take: null }, sharedContext)
    const records = batches.map((batch) => ({
      id: batch.id as string,
      note: (batch.note as string | null) ?? null,
      created_by: (batch.created_by as string | null) ?? null,
      created_at: new Date(batch.created_at as string | Date),
      payouts: payouts
        .filter((payout) => payout.batch_id === batch.id)
        .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1)),
    }))
    return [records, Number(count)]
  }

  @InjectManager()
  async retrievePayoutBatchRecord(batchId: string, @MedusaContext() sharedContext: Context = {}): Promise<PayoutBatchRecord> {
    const [[batch]] = await this.listPayoutBatchRecords({ id: batchId }, { take: 1 }, sharedContext)
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch "${batchId}" was not found.`)
    return batch
  }

  /** Each cooperative's balance (null: every cooperative with an entry) and what pending payouts hold of it, in centavos. */
  @InjectManager()
  async payoutBalances(
    cooperativeIds: string[] | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, { balance: number; pending_amount: number; pending_count: number }>> {
    const manager = sharedContext.manager as SqlManager
    const balances = await this.sumBalances(cooperativeIds, manager)
    const filter = cooperativeIds ? `and cooperative_id in (${cooperativeIds.map(() => "?").join(", ")})` : ""
    const pending =
      cooperativeIds && !cooperativeIds.length
        ? []
        : await manager.execute(
            `select cooperative_id, sum(amount)::text as amount, count(*)::int as count from payout
              where status = 'pending' and deleted_at is null ${filter} group by cooperative_id`,
            cooperativeIds ?? []
          )
    const result = new Map<string, { balance: number; pending_amount: number; pending_count: number }>()
    for (const id of new Set([...(cooperativeIds ?? []), ...balances.keys(), ...pending.map((row) => row.cooperative_id as string)])) {
      const row = pending.find((candidate) => candidate.cooperative_id === id)
      result.set(id, {
        balance: balances.get(id) ?? 0,
        pending_amount: row ? toSafeCentavos(row.amount, "Pending payouts") : 0,
        pending_count: row ? Number(row.count) : 0,
      })
    }
    return result
  }

  /**
   * A cooperative's entries of a period (calendar days in `time_zone`, both ends included),
   * oldest first, with its balance before the first day and at the end of the last.
   */
  @InjectManager()
  async statementEntries(
    input: { cooperative_id: string; from: string; to: string; time_zone: string; max_entries: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ opening: number; closing: number; entries: LedgerEntryRecord[]; truncated: boolean }> {
    const manager = sharedContext.manager as SqlManager
    const day = "(created_at at time zone ?)::date"
    const [[totals], rows] = await Promise.all([
      manager.execute(
        `select coalesce(sum(amount) filter (where ${day} < ?::date), 0)::text as opening,
                coalesce(sum(amount) filter (where ${day} <= ?::date), 0)::text as closing
          from ledger_entry where cooperative_id = ? and deleted_at is null`,
        [input.time_zone, input.from, input.time_zone, input.to, input.cooperative_id]
      ),
      manager.execute(
        `select * from ledger_entry where cooperative_id = ? and deleted_at is null and ${day} between ?::date and ?::date
          order by created_at asc, id asc limit ?`,
        [input.cooperative_id, input.time_zone, input.from, input.to, input.max_entries + 1]
      ),
    ])
    return {
      opening: toSafeCentavos(totals.opening, "Opening balance"),
      closing: toSafeCentavos(totals.closing, "Closing balance"),
      entries: rows.slice(0, input.max_entries).map(toRecord),
      truncated: rows.length > input.max_entries,
    }
  }

  // A payout's status changes only through markPayoutPaid and failPayout (conditional, with their ledger entries).
  createPayoutBatches = refuse("created except through createPayoutBatch", "Payout batches")
  updatePayoutBatches = refuse("changed", "Payout batches")
  deletePayoutBatches = refuse("deleted", "Payout batches")
  softDeletePayoutBatches = refuse("deleted", "Payout batches")
  restorePayoutBatches = refuse("restored", "Payout batches")
  createPayouts = refuse("created except through createPayoutBatch", "Payouts")
  updatePayouts = refuse("changed except by marking them paid or failed", "Payouts")
  deletePayouts = refuse("deleted", "Payouts")
  softDeletePayouts = refuse("deleted", "Payouts")
  restorePayouts = refuse("restored", "Payouts")

  /**
   * What the ledger records as paid out to each of these cooperatives, in centavos: the `payout`
   * entries (negated) of payouts marked paid. Pending and failed payouts are not money that arrived.
   */
  @InjectManager()
  async paidOutByCooperative(cooperativeIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, number>> {
    if (!cooperativeIds.length) return new Map()
    const manager = sharedContext.manager as SqlManager
    const rows = await manager.execute(
      `select entry.cooperative_id, (-sum(entry.amount))::text as amount
        from ledger_entry entry join payout on payout.id = entry.payout_id
        where entry.type = 'payout' and payout.status = 'paid' and entry.deleted_at is null and payout.deleted_at is null
          and entry.cooperative_id in (${cooperativeIds.map(() => "?").join(", ")})
        group by entry.cooperative_id`,
      cooperativeIds
    )
    return new Map(rows.map((row) => [row.cooperative_id as string, toSafeCentavos(row.amount, "Paid out")]))
  }
}

export default PayoutModuleService
