import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { normaliseRate } from "@telar/fair-trade"
import { Artisan } from "./models/artisan"
import { Cooperative } from "./models/cooperative"
import { Coordinator } from "./models/coordinator"
import { CoordinatorInvite } from "./models/coordinator-invite"
import { ExchangeRate } from "./models/exchange-rate"
import { PayoutAccount } from "./models/payout-account"
import { ProducerPrice } from "./models/producer-price"
import { StockChange } from "./models/stock-change"
import { assertSaneExchangeRate } from "./rules/exchange-rate"

export type CurrentExchangeRate = { from: string; to: string; rate: string; set_at: Date }

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
}

export default CooperativeModuleService
