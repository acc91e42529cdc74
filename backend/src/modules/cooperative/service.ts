import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { normaliseRate } from "@telar/fair-trade"
import { Artisan } from "./models/artisan"
import { Cooperative } from "./models/cooperative"
import { ExchangeRate } from "./models/exchange-rate"
import { PayoutAccount } from "./models/payout-account"
import { ProducerPrice } from "./models/producer-price"
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
}

export default CooperativeModuleService
