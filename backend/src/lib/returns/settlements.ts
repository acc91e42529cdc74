import type { MedusaContainer } from "@medusajs/framework/types"
import { ChangeActionType, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isReturnReason, type ReturnReasonCode, type StoreReturnStatus } from "@telar/types"
import { minorUnits } from "../fulfillment/cooperative-parcels"
import { loadOrderMoney } from "../payout/refunds-terms"
import { type LineMoney, returnDue, type Units, unitsValue } from "./refund-plan"

/**
 * How a return's money was settled. A refund carries its own record in its metadata
 * (`return_id`, `return_units`); units settled without one (already refunded by hand, or never
 * charged) are kept on the return's metadata under SETTLEMENTS_KEY.
 */
export const SETTLEMENTS_KEY = "telar_settlements"

export type ReturnSettlement = {
  /** Units this settlement accounts for (empty when a refund of the same run records them). */
  units: Units
  settled_otherwise: number
  at: string
}

export type ReturnMoneyRow = {
  id: string
  display_id: number | null
  status: StoreReturnStatus | "open"
  location_id: string | null
  created_at: string
  requested_at: string | null
  received_at: string | null
  metadata: Record<string, unknown>
  items: { line_item_id: string; quantity: number; received: number; reason: ReturnReasonCode | null }[]
  settlements: ReturnSettlement[]
}

export type ReturnRefundRow = { id: string; amount: number; return_id: string | null; units: Units }

/** An order's money as its returns are settled from (minor units of its currency). */
export type OrderReturnMoney = {
  order_id: string
  currency_code: string
  lines: LineMoney[]
  /** Units of each line received back over all returns (Medusa's own count on the line; a return's items only keep their last receipt). */
  received: Units
  returns: ReturnMoneyRow[]
  /** authorized: the amount the card was asked for at checkout. */
  payment: { id: string; provider_id: string; intent_id: string | null; authorized: number; captured: number; refunded: number } | null
  refunds: ReturnRefundRow[]
}

const wholeUnits = (value: unknown) => {
  const number = Number(typeof value === "object" && value !== null && "value" in value ? (value as { value: unknown }).value : value)
  return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

function unitsOf(value: unknown): Units {
  if (!value || typeof value !== "object") return {}
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .map(([line, count]) => [line, wholeUnits(count)] as const)
      .filter(([, count]) => count > 0)
  )
}

function settlementsOf(metadata: Record<string, unknown>): ReturnSettlement[] {
  const list = metadata[SETTLEMENTS_KEY]
  if (!Array.isArray(list)) return []
  return list
    .filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === "object")
    .map((entry) => ({
      units: unitsOf(entry.units),
      settled_otherwise: wholeUnits(entry.settled_otherwise),
      at: String(entry.at ?? ""),
    }))
}

type Rows<T> = (T | null)[] | null | undefined
type ReturnItemRow = {
  item_id: string
  quantity?: unknown
  received_quantity?: unknown
  damaged_quantity?: unknown
  reason_id?: string | null
}
type ReturnRow = {
  id: string
  display_id?: number | null
  status: ReturnMoneyRow["status"]
  location_id?: string | null
  created_at: string | Date
  requested_at?: string | Date | null
  received_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  items?: Rows<ReturnItemRow>
}
type RefundRow = { id: string; amount: unknown; metadata?: Record<string, unknown> | null }
type PaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  data?: { id?: unknown } | null
  canceled_at?: string | Date | null
  captures?: Rows<{ amount: unknown }>
  refunds?: Rows<RefundRow>
}
type OrderRow = {
  id: string
  returns?: Rows<ReturnRow>
  payment_collections?: Rows<{ payments?: Rows<PaymentRow> }>
}

const present = <T>(rows: Rows<T>): T[] => (rows ?? []).filter((row): row is T => !!row)

const reasonCode = (value: unknown): ReturnReasonCode | null => (isReturnReason(value) ? value : null)

/** Reads what settling an order's returns needs: line values, returns with their settlements, the card payment and its refunds. */
export async function loadOrderReturnMoney(container: MedusaContainer, orderId: string): Promise<OrderReturnMoney> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const money = await loadOrderMoney(container, orderId)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "returns.id",
      "returns.display_id",
      "returns.status",
      "returns.location_id",
      "returns.created_at",
      "returns.requested_at",
      "returns.received_at",
      "returns.metadata",
      "returns.items.*",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.currency_code",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.metadata",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${orderId}" was not found.`)
  const currency = money.currency_code

  const reasonIds = [
    ...new Set(present(order.returns).flatMap((ret) => present(ret.items).flatMap((item) => (item.reason_id ? [item.reason_id] : [])))),
  ]
  const reasons = reasonIds.length
    ? await container.resolve(Modules.ORDER).listReturnReasons({ id: reasonIds }, { select: ["id", "value"], withDeleted: true })
    : []
  const codeOf = new Map(reasons.map((reason) => [reason.id, reason.value]))

  const returns = present(order.returns).map((ret): ReturnMoneyRow => {
    const metadata = (ret.metadata ?? {}) as Record<string, unknown>
    return {
      id: ret.id,
      display_id: ret.display_id ?? null,
      status: ret.status,
      location_id: ret.location_id ?? null,
      created_at: iso(ret.created_at) as string,
      requested_at: iso(ret.requested_at),
      received_at: iso(ret.received_at),
      metadata,
      items: present(ret.items).map((item) => ({
        line_item_id: item.item_id,
        quantity: wholeUnits(item.quantity),
        received: wholeUnits(item.received_quantity) + wholeUnits(item.damaged_quantity),
        reason: reasonCode(item.reason_id ? codeOf.get(item.reason_id) : null),
      })),
      settlements: settlementsOf(metadata),
    }
  })

  const payments = present(order.payment_collections).flatMap((collection) => present(collection.payments))
  const refunds = payments
    .flatMap((payment) => present(payment.refunds))
    .map(
      (refund): ReturnRefundRow => ({
        id: refund.id,
        amount: minorUnits(refund.amount, currency),
        return_id: typeof refund.metadata?.return_id === "string" ? (refund.metadata.return_id as string) : null,
        units: unitsOf(refund.metadata?.return_units),
      })
    )
  const received: Units = Object.fromEntries(money.lines.filter((line) => line.returned > 0).map((line) => [line.id, line.returned]))
  const live = payments.find((payment) => !payment.canceled_at) ?? null
  const sum = (amounts: unknown[]) => amounts.reduce<number>((total, amount) => total + minorUnits(amount, currency), 0)
  return {
    order_id: order.id,
    currency_code: currency,
    lines: money.lines,
    received,
    returns,
    payment: live
      ? {
          id: live.id,
          provider_id: live.provider_id,
          intent_id: typeof live.data?.id === "string" ? live.data.id : null,
          authorized: minorUnits(live.amount, currency),
          captured: sum(present(live.captures).map((capture) => capture.amount)),
          refunded: sum(present(live.refunds).map((refund) => refund.amount)),
        }
      : null,
    refunds,
  }
}

const addUnits = (into: Units, units: Units) => {
  for (const [line, count] of Object.entries(units)) into[line] = (into[line] ?? 0) + count
  return into
}

const RECEIVE_ACTIONS = new Set<string>([ChangeActionType.RECEIVE_RETURN_ITEM, ChangeActionType.RECEIVE_DAMAGED_RETURN_ITEM])

type ChangeRow = {
  return_id?: string | null
  actions?: Rows<{ action: string; return_id?: string | null; details?: { reference_id?: string; quantity?: unknown } | null }>
}

/**
 * Units of each line each return has received, from the order's confirmed changes. A return's
 * items keep only their last receipt's count (Medusa's confirm-receive writes the receipt's
 * quantity, not the sum), so a return received in two parcels reads short there.
 */
export async function receivedByReturn(container: MedusaContainer, orderId: string): Promise<Map<string, Units>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_change",
    fields: ["id", "return_id", "actions.action", "actions.return_id", "actions.details"],
    filters: { order_id: orderId, status: "confirmed" },
  })
  const received = new Map<string, Units>()
  for (const change of data as unknown as ChangeRow[]) {
    for (const action of present(change.actions)) {
      const returnId = action.return_id ?? change.return_id
      const line = action.details?.reference_id
      if (!returnId || !line || !RECEIVE_ACTIONS.has(action.action)) continue
      const units = received.get(returnId) ?? {}
      received.set(returnId, addUnits(units, { [line]: wholeUnits(action.details?.quantity) }))
    }
  }
  return received
}

/** Units of each line settled so far, over all returns: their refunds' records and their own. */
export function settledUnits(money: OrderReturnMoney): Units {
  const settled: Units = {}
  for (const ret of money.returns) for (const settlement of ret.settlements) addUnits(settled, settlement.units)
  for (const refund of money.refunds) if (refund.return_id) addUnits(settled, refund.units)
  return settled
}

/** What the order owes back now: units received and not settled, valued after every unit settled before (refund-plan.ts). */
export function dueNow(money: OrderReturnMoney) {
  return returnDue({ lines: money.lines, received: money.received, settled: settledUnits(money) })
}

/** What the shopper owes for what they keep: the amount authorized at checkout less the value of every unit received back. */
export function owedNow(money: OrderReturnMoney): number {
  return Math.max(0, (money.payment?.authorized ?? 0) - unitsValue(money.lines, money.received))
}

/**
 * What each live return is expected to give back once all its pieces arrive, valued in the order
 * the returns were asked for (the refunds come out the same when they arrive in that order).
 */
export function expectedRefunds(money: OrderReturnMoney): Map<string, number> {
  const expected = new Map<string, number>()
  const before: Units = {}
  const live = money.returns
    .filter((ret) => ret.status !== "canceled" && ret.status !== "open")
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
  for (const ret of live) {
    const asked = addUnits({ ...before }, Object.fromEntries(ret.items.map((item) => [item.line_item_id, item.quantity])))
    const due = returnDue({ lines: money.lines, received: asked, settled: before })
    expected.set(ret.id, due.amount)
    addUnits(before, due.units)
  }
  return expected
}
