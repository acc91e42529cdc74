import { MedusaError } from "@medusajs/framework/utils"
import type { ReturnReasonCode, StoreReturnablePiece } from "@telar/types"
import { windowClosesAt } from "./window"

/** One line of an order as a return sees it. */
export type ReturnLine = {
  id: string
  title: string
  variant: string | null
  thumbnail: string | null
  quantity: number
  /** Units on a fulfillment marked shipped. */
  shipped: number
  /** Units already in a return: asked back, received or dismissed. */
  in_returns: number
  cooperative: { id: string; name: string } | null
  /** The cooperative's own stock location: where the piece goes back to. */
  location_id: string | null
  /** When the order's last parcel shipped (ISO); null while any parcel has yet to ship. The window counts from it. */
  shipped_at: string | null
}

/** What holds back every return of an order, whatever the pieces. */
export type ReturnBlockers = {
  order_number: string
  /** Cooperatives whose parcel has not shipped yet. */
  unshipped: string[]
  /** The card payment is captured in full (Telar takes the last of it when the last parcel ships). */
  payment_settled: boolean
}

export type RequestedReturnItem = { line_item_id: string; quantity: number; reason: ReturnReasonCode; note?: string | null }

/** One return per cooperative: its pieces travel to its own workshop. */
export type CooperativeReturnPlan = {
  cooperative: { id: string; name: string }
  location_id: string
  items: RequestedReturnItem[]
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

function windowOf(line: ReturnLine, days: number): Date | null {
  return line.shipped_at ? windowClosesAt(new Date(line.shipped_at), days) : null
}

/** Units of a line that may still be asked back now: shipped, not in a return, window open, nothing holding the order back. */
export function returnableUnits(line: ReturnLine, now: Date, days: number, blockers?: ReturnBlockers): number {
  if (blockers && (blockers.unshipped.length || !blockers.payment_settled)) return 0
  const closes = windowOf(line, days)
  if (!closes || now.getTime() >= closes.getTime()) return 0
  return Math.max(0, line.shipped - line.in_returns)
}

/** The order's pieces as the shopper's return form lists them. */
export function returnablePieces(lines: ReturnLine[], now: Date, days: number, blockers?: ReturnBlockers): StoreReturnablePiece[] {
  return lines.map((line) => ({
    line_item_id: line.id,
    title: line.title,
    variant: line.variant,
    thumbnail: line.thumbnail,
    quantity: line.quantity,
    returnable: returnableUnits(line, now, days, blockers),
    window_closes_at: windowOf(line, days)?.toISOString() ?? null,
    cooperative: line.cooperative,
  }))
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a shopper's return request against the order and splits it by cooperative. Returns open
 * once every parcel has shipped and the card is charged in full (Telar captures per parcel as each
 * ships): Stripe refunds only captured money, and Medusa's return workflows cancel a card payment
 * that is only partly captured, which would leave the parcels still to ship unpaid. Then, per
 * piece: within the window, no more units than are left. Throws on the first problem, in words
 * the shopper can act on; nothing is written before this passes.
 */
export function planReturnRequest(input: {
  lines: ReturnLine[]
  items: RequestedReturnItem[]
  now: Date
  days: number
  blockers: ReturnBlockers
}): CooperativeReturnPlan[] {
  const { lines, items, now, days, blockers } = input
  if (!items.length) throw invalid("Choose at least one piece to return.")
  if (blockers.unshipped.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Pieces of order #${blockers.order_number} can be returned once all its parcels have shipped; not yet shipped: ${blockers.unshipped.join(", ")}.`
    )
  }
  if (!blockers.payment_settled) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The payment of order #${blockers.order_number} is not settled yet, so its pieces cannot be returned from your account: write to us and we will take the return.`
    )
  }
  const byId = new Map(lines.map((line) => [line.id, line]))
  const seen = new Set<string>()
  const groups = new Map<string, CooperativeReturnPlan>()
  for (const item of items) {
    const line = byId.get(item.line_item_id)
    if (!line) throw invalid(`This order has no piece "${item.line_item_id}".`)
    if (seen.has(line.id)) throw invalid(`"${line.title}" is listed twice: list each piece once, with the number of units to return.`)
    seen.add(line.id)
    if (line.shipped <= 0 || !line.shipped_at) throw invalid(`"${line.title}" has not shipped: there is nothing of it to return.`)
    const closes = windowOf(line, days) as Date
    if (now.getTime() >= closes.getTime()) {
      throw invalid(
        `The ${days}-day return window for "${line.title}" closed on ${isoDay(closes)} (the order's last parcel shipped on ${isoDay(new Date(line.shipped_at))}).`
      )
    }
    const left = Math.max(0, line.shipped - line.in_returns)
    if (left === 0) throw invalid(`"${line.title}" is already in a return.`)
    if (item.quantity > left) {
      throw invalid(`You can return at most ${left} of "${line.title}": ${line.shipped} shipped, ${line.in_returns} already in a return.`)
    }
    if (!line.cooperative || !line.location_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${line.title}" has no cooperative workshop to go back to: write to us to return it.`
      )
    }
    const group = groups.get(line.location_id) ?? { cooperative: line.cooperative, location_id: line.location_id, items: [] }
    group.items.push({ ...item, note: item.note?.trim() || null })
    groups.set(line.location_id, group)
  }
  return [...groups.values()]
}
