import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { convertMinor, type ExchangeRate } from "@telar/fair-trade"
import type { StoreOrderCooperativeEarning } from "@telar/types"
import { PAYOUT_MODULE } from "../../modules/payout"
import { LEDGER_CURRENCY, type LedgerEntryRecord } from "../../modules/payout/service"
import type PayoutModuleService from "../../modules/payout/service"

export type OrderLedgerEntry = Pick<LedgerEntryRecord, "type" | "amount" | "cooperative_id" | "snapshot">

export type CooperativeOrderEarning = Omit<StoreOrderCooperativeEarning, "cooperative"> & { cooperative_id: string }

/** The rate an earning was written with, as its snapshot keeps it; null when it needed none or had none. */
function snapshotRate(snapshot: Record<string, unknown> | null): ExchangeRate | null {
  const rate = snapshot?.exchange_rate as Partial<ExchangeRate> | null | undefined
  return rate?.from && rate.to && rate.rate ? { from: rate.from, to: rate.to, rate: rate.rate } : null
}

/**
 * What each cooperative earned from an order: its `earning` entries plus its `reversal` entries
 * (negative) of the order, in centavos. The amount in
 * the order's currency converts that net once at the rate the earnings were written with (the rate
 * of the order's moment); null when the earnings needed a rate and their snapshots hold none, or
 * disagree on it.
 */
export function sumOrderEarnings(entries: OrderLedgerEntry[], orderCurrency: string): CooperativeOrderEarning[] {
  const currency = orderCurrency.toLowerCase()
  const byCooperative = new Map<string, { amount: number; rates: Set<string>; unrated: boolean; earned: boolean }>()
  for (const entry of entries) {
    if (entry.type !== "earning" && entry.type !== "reversal") continue
    const sum = byCooperative.get(entry.cooperative_id) ?? { amount: 0, rates: new Set(), unrated: false, earned: false }
    sum.amount += entry.amount
    if (entry.type === "earning") {
      sum.earned = true
      const rate = snapshotRate(entry.snapshot)
      if (rate) sum.rates.add(JSON.stringify(rate))
      else sum.unrated = true
    }
    byCooperative.set(entry.cooperative_id, sum)
  }
  const result: CooperativeOrderEarning[] = []
  for (const [cooperativeId, sum] of byCooperative) {
    // A reversal without its earning is not something this order earned.
    if (!sum.earned) continue
    let inOrderCurrency: number | null = null
    if (currency === LEDGER_CURRENCY) inOrderCurrency = sum.amount
    else if (!sum.unrated && sum.rates.size === 1) {
      const rate = JSON.parse([...sum.rates][0]) as ExchangeRate
      try {
        inOrderCurrency = convertMinor(sum.amount, LEDGER_CURRENCY, currency, rate)
      } catch {
        inOrderCurrency = null
      }
    }
    result.push({
      cooperative_id: cooperativeId,
      amount: sum.amount,
      currency_code: LEDGER_CURRENCY,
      order_currency_amount: inOrderCurrency === null ? null : { amount: inOrderCurrency, currency_code: currency },
    })
  }
  return result
}

type OrderRow = {
  id: string
  currency_code: string
  customer_id?: string | null
  is_draft_order?: boolean | null
  customer?: { has_account?: boolean | null } | null
}

/**
 * Whether this visitor may read the order's earnings. An order of a registered customer only by
 * that customer signed in; a guest's order by whoever holds its id (as Medusa's GET /store/orders/:id).
 */
export function mayReadOrder(order: OrderRow, customerId: string | null): boolean {
  if (order.is_draft_order) return false
  if (!order.customer?.has_account) return true
  return !!customerId && order.customer_id === customerId
}

/**
 * What each cooperative earned from an order, from the ledger, with the cooperatives named; empty
 * until the earnings are written (just after the order is placed). An order the visitor may not
 * read is answered like one that does not exist.
 */
export async function orderCooperativeEarnings(
  container: MedusaContainer,
  orderId: string,
  customerId: string | null
): Promise<StoreOrderCooperativeEarning[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "customer_id", "is_draft_order", "customer.has_account"],
    filters: { id: orderId },
  })
  const order = orders[0] as OrderRow | undefined
  if (!order || !mayReadOrder(order, customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  }
  const ledger = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [entries] = await ledger.listEntries(
    { order_id: order.id, type: ["earning", "reversal"] },
    { take: null, select: ["type", "amount", "cooperative_id", "snapshot", "created_at", "id"] }
  )
  const earnings = sumOrderEarnings(entries, order.currency_code)
  if (!earnings.length) return []
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "name"],
    filters: { id: earnings.map((earning) => earning.cooperative_id) },
    // The order's cooperatives stay named on it, whatever became of them since.
    withDeleted: true,
  })
  const byId = new Map((cooperatives as { id: string; handle: string; name: string }[]).map((c) => [c.id, c]))
  return earnings
    .map(({ cooperative_id, ...earning }) => {
      const cooperative = byId.get(cooperative_id)
      return cooperative ? { cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name }, ...earning } : null
    })
    .filter((earning): earning is StoreOrderCooperativeEarning => !!earning)
    .sort((a, b) => a.cooperative.name.localeCompare(b.cooperative.name, "es"))
}
