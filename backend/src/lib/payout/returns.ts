import type { LedgerEntryInput } from "../../modules/payout/service"
import type { OrderMoney } from "./refunds-terms"
import { type LedgerActor, type LineLedger, reverseLine } from "./reversals-lines"
import { floorShare } from "./rounding"

/**
 * One key per line and number of its units back: a second receipt of the same return (the rest of
 * its pieces) is a new fact, a replayed event is the same one.
 */
export const returnReversalKey = (lineItemId: string, unitsBack: number) => `reversal:${lineItemId}:return:${unitsBack}`

/** Returns that count: confirmed by the shopper or staff and not cancelled ("open" is still a draft). */
const LIVE_RETURN = new Set(["requested", "partially_received", "received"])

export type ReturnedUnits = {
  /** Units of each line received back (damaged ones too: the piece came back), over all returns. */
  received: Map<string, number>
  /** Units of each line asked back or received, over all live returns: what a refund may be paying for. */
  awaited: Map<string, number>
  /** The most recent return that brought units of each line back, to name in its reversal. */
  latest_return: Map<string, string>
}

/**
 * Counts an order's units back per line, each line capped at its quantity. Units received are the
 * line's own count: a return's items keep only their last receipt's, so one return received in two
 * parcels would read short there.
 */
export function returnedUnits(money: Pick<OrderMoney, "lines" | "returns">): ReturnedUnits {
  const quantity = new Map(money.lines.map((line) => [line.id, line.quantity]))
  const received = new Map(
    money.lines.filter((line) => line.returned > 0).map((line) => [line.id, Math.min(line.quantity, line.returned)] as const)
  )
  const awaited = new Map<string, number>()
  const latest_return = new Map<string, string>()
  const live = money.returns
    .filter((ret) => LIVE_RETURN.has(ret.status))
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)) || a.id.localeCompare(b.id))
  for (const ret of live) {
    for (const item of ret.items) {
      const cap = quantity.get(item.line_item_id)
      if (cap === undefined) continue
      awaited.set(item.line_item_id, Math.min(cap, (awaited.get(item.line_item_id) ?? 0) + Math.max(item.requested, item.received)))
      if (item.received > 0) latest_return.set(item.line_item_id, ret.id)
    }
  }
  // Pieces received back were awaited, whatever their returns' items say.
  for (const [line, units] of received) awaited.set(line, Math.max(awaited.get(line) ?? 0, units))
  return { received, awaited, latest_return }
}

/**
 * Reverses each line's earning by its units received back: floor(earning × units back / quantity),
 * counted over all the line's returns so the last unit back leaves exactly zero (rounding.ts, rule
 * 2), never more than is left of the line. `lines` is updated as entries are planned.
 */
export function planReturnReversals(input: {
  order_id: string
  money: Pick<OrderMoney, "lines" | "returns">
  lines: Map<string, LineLedger>
  actor: LedgerActor
}): LedgerEntryInput[] {
  const units = returnedUnits(input.money)
  const orderLines = new Map(input.money.lines.map((line) => [line.id, line]))
  const entries: LedgerEntryInput[] = []
  for (const line of input.lines.values()) {
    const back = units.received.get(line.line_item_id) ?? 0
    const quantity = line.quantity ?? orderLines.get(line.line_item_id)?.quantity
    if (!back || !quantity) continue
    const due = floorShare(line.earned, Math.min(back, quantity), quantity) - line.reversed.return
    const amount = Math.min(due, line.standing)
    if (amount <= 0) continue
    entries.push(
      reverseLine(line, {
        entry_key: returnReversalKey(line.line_item_id, back),
        order_id: input.order_id,
        amount,
        cause: "return",
        actor: input.actor,
        return_id: units.latest_return.get(line.line_item_id) ?? null,
        snapshot: { units_back: back, quantity, reversed_by_returns_before: line.reversed.return },
        note: `${back} of ${quantity} returned`,
      })
    )
  }
  return entries
}
