import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { normaliseRate } from "@telar/fair-trade"
import { Artisan } from "./models/artisan"
import { Cooperative } from "./models/cooperative"
import { CooperativeParcel, type ParcelStatus } from "./models/cooperative-parcel"
import { Coordinator } from "./models/coordinator"
import { CoordinatorInvite } from "./models/coordinator-invite"
import { ExchangeRate } from "./models/exchange-rate"
import { PayoutAccount } from "./models/payout-account"
import { ProducerPrice } from "./models/producer-price"
import { StockChange } from "./models/stock-change"
import { assertSaneExchangeRate } from "./rules/exchange-rate"

export type CurrentExchangeRate = { from: string; to: string; rate: string; set_at: Date }

/** A cooperative's parcel of one order, as stored. */
export type ParcelRecord = {
  id: string
  order_id: string
  cooperative_id: string
  status: ParcelStatus
  ready_at: Date | null
  ready_by: string | null
  ready_mutation_id: string | null
  handed_at: Date | null
  handed_by: string | null
  handed_mutation_id: string | null
  carrier: string | null
  tracking_number: string | null
}

export type ParcelMoveInput = {
  order_id: string
  cooperative_id: string
  status: Exclude<ParcelStatus, "pending">
  actor_id: string
  carrier?: string | null
  tracking_number?: string | null
  client_mutation_id?: string | null
}

/**
 * moved: this request moved the parcel forward; repeat: it already stood there (or this is a
 * replay of the request that put it there), nothing changed; backwards: it is further along;
 * other_details: handed to a carrier already, with another carrier or guide number.
 */
export type ParcelMove = {
  outcome: "moved" | "repeat" | "backwards" | "other_details"
  parcel: ParcelRecord
  previous_status: ParcelStatus
}

type SqlManager = { execute: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> }

const PARCEL_COLUMNS =
  "id, order_id, cooperative_id, status, ready_at, ready_by, ready_mutation_id, handed_at, handed_by, handed_mutation_id, carrier, tracking_number"

/** Whether a carrier or guide number given now differs from the one recorded (case and spacing aside). */
function differs(recorded: string | null, given: string | null | undefined): boolean {
  if (!given) return false
  const normal = (value: string) => value.trim().replace(/\s+/g, " ").toLowerCase()
  return !recorded || normal(recorded) !== normal(given)
}

/** Currency codes are stored as lowercase ISO 4217 codes ("mxn"), as Medusa stores them. */
export function normalizeCurrencyCode(code: string): string {
  return code.toLowerCase()
}

class CooperativeModuleService extends MedusaService({
  Cooperative,
  Artisan,
  PayoutAccount,
  ProducerPrice,
  ExchangeRate,
  Coordinator,
  CoordinatorInvite,
  StockChange,
  CooperativeParcel,
}) {
  /** The newest rate for a currency pair, or null when staff never set one. */
  async currentExchangeRate(from: string, to: string): Promise<CurrentExchangeRate | null> {
    const [latest] = await this.listExchangeRates(
      { from_currency: normalizeCurrencyCode(from), to_currency: normalizeCurrencyCode(to) },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (!latest) {
      return null
    }
    return { from: latest.from_currency, to: latest.to_currency, rate: latest.rate, set_at: latest.created_at }
  }

  /** Appends a new rate once it passes the sanity rules; history rows are never edited. */
  async recordExchangeRate(input: {
    from: string
    to: string
    rate: string
    set_by?: string | null
    note?: string | null
    confirm_jump?: boolean
  }) {
    let rate: string
    try {
      rate = normaliseRate(input.rate)
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
    }
    const from = normalizeCurrencyCode(input.from)
    const to = normalizeCurrencyCode(input.to)
    const current = await this.currentExchangeRate(from, to)
    assertSaneExchangeRate({ from, to, rate, current: current?.rate ?? null, confirm_jump: input.confirm_jump })
    return await this.createExchangeRates({
      from_currency: from,
      to_currency: to,
      rate,
      set_by: input.set_by ?? null,
      note: input.note ?? null,
    })
  }

  /**
   * Marks an invitation used, if it is still good (not used, revoked or expired), in one
   * statement: two requests with the same token cannot both claim it. Returns the coordinator's id.
   */
  @InjectManager()
  async claimCoordinatorInvite(
    tokenHash: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ invite_id: string; coordinator_id: string } | null> {
    const manager = sharedContext.manager as { execute: (sql: string, params: unknown[]) => Promise<Record<string, string>[]> }
    const rows = await manager.execute(
      `update coordinator_invite set accepted_at = now(), updated_at = now()
        where token_hash = ? and accepted_at is null and revoked_at is null and expires_at > now() and deleted_at is null
        returning id, coordinator_id`,
      [tokenHash]
    )
    return rows[0] ? { invite_id: rows[0].id, coordinator_id: rows[0].coordinator_id } : null
  }

  /** Undoes a claim (the acceptance failed after it). */
  @InjectManager()
  async unclaimCoordinatorInvite(inviteId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.manager as { execute: (sql: string, params: unknown[]) => Promise<unknown> }
    await manager.execute("update coordinator_invite set accepted_at = null, updated_at = now() where id = ?", [inviteId])
  }

  /**
   * Moves a cooperative's parcel of an order forward (pending → ready → handed_to_carrier; ready
   * may be skipped), never back. The row is created on the first move and the move is one
   * conditional UPDATE: of two requests at once, one moves it and the other finds it moved.
   */
  @InjectTransactionManager()
  async moveParcelForward(input: ParcelMoveInput, @MedusaContext() sharedContext: Context = {}): Promise<ParcelMove> {
    const manager = sharedContext.transactionManager as SqlManager
    const where = "order_id = ? and cooperative_id = ? and deleted_at is null"
    await manager.execute(
      `insert into cooperative_parcel (id, order_id, cooperative_id, status) values (?, ?, ?, 'pending')
        on conflict (order_id, cooperative_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "cparcel"), input.order_id, input.cooperative_id]
    )
    const mutationId = input.client_mutation_id ?? null
    const [moved] =
      input.status === "ready"
        ? await manager.execute(
            `update cooperative_parcel set status = 'ready', ready_at = now(), ready_by = ?, ready_mutation_id = ?, updated_at = now()
              where ${where} and status = 'pending' returning ${PARCEL_COLUMNS}`,
            [input.actor_id, mutationId, input.order_id, input.cooperative_id]
          )
        : await manager.execute(
            `update cooperative_parcel set status = 'handed_to_carrier', handed_at = now(), handed_by = ?, handed_mutation_id = ?,
                carrier = ?, tracking_number = ?, updated_at = now()
              where ${where} and status in ('pending', 'ready') returning ${PARCEL_COLUMNS}`,
            [input.actor_id, mutationId, input.carrier ?? null, input.tracking_number ?? null, input.order_id, input.cooperative_id]
          )
    if (moved) {
      const parcel = moved as ParcelRecord
      // Forward only: before "ready" it was pending; before "handed" it was ready if it has a ready time.
      return { outcome: "moved", parcel, previous_status: parcel.status === "ready" || !parcel.ready_at ? "pending" : "ready" }
    }
    const [current] = (await manager.execute(`select ${PARCEL_COLUMNS} from cooperative_parcel where ${where}`, [
      input.order_id,
      input.cooperative_id,
    ])) as ParcelRecord[]
    const replay = !!mutationId && (current.ready_mutation_id === mutationId || current.handed_mutation_id === mutationId)
    if (replay) return { outcome: "repeat", parcel: current, previous_status: current.status }
    if (current.status !== input.status) return { outcome: "backwards", parcel: current, previous_status: current.status }
    if (
      input.status === "handed_to_carrier" &&
      (differs(current.carrier, input.carrier) || differs(current.tracking_number, input.tracking_number))
    ) {
      return { outcome: "other_details", parcel: current, previous_status: current.status }
    }
    return { outcome: "repeat", parcel: current, previous_status: current.status }
  }

  /** Undoes a move made by moveParcelForward (a later step failed), if the parcel still stands where that move put it. */
  @InjectTransactionManager()
  async undoParcelMove(
    move: { parcel_id: string; status: ParcelStatus; previous_status: ParcelStatus; actor_id: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlManager
    if (move.status === "ready") {
      await manager.execute(
        `update cooperative_parcel set status = 'pending', ready_at = null, ready_by = null, ready_mutation_id = null, updated_at = now()
          where id = ? and status = 'ready' and ready_by = ?`,
        [move.parcel_id, move.actor_id]
      )
    } else if (move.status === "handed_to_carrier") {
      await manager.execute(
        `update cooperative_parcel set status = ?, handed_at = null, handed_by = null, handed_mutation_id = null, carrier = null,
            tracking_number = null, updated_at = now()
          where id = ? and status = 'handed_to_carrier' and handed_by = ?`,
        [move.previous_status, move.parcel_id, move.actor_id]
      )
    }
  }
}

export default CooperativeModuleService
