import type { LedgerEntryInput } from "../../modules/payout/service"
import type { OrderMoney } from "./refunds-terms"
import { returnedUnits } from "./returns"
import { type LedgerActor, type LineLedger, reverseLine } from "./reversals-lines"
import { apportion, floorShare, roundedShare } from "./rounding"

/** One reversal per line and refund: a replayed payment.refunded finds it written. */
export const refundReversalKey = (lineItemId: string, refundId: string) => `reversal:${lineItemId}:refund:${refundId}`

type LineMoney = {
  id: string
  quantity: number
  /** What the shopper paid for the line (its total), minor units of the order's currency. */
  value: number
  units_back: number
  /** The value of the units back or on their way back that no refund has paid for yet. */
  returned_unpaid: number
  /** The value of the units the shopper keeps. */
  kept: number
  /** How much of `kept` refunds have given back so far. */
  refunded: number
}

const sum = (values: number[]) => values.reduce((acc, value) => acc + value, 0)

/**
 * Reverses what refunds gave back, line by line. Medusa's refunds carry an amount in the shopper's
 * currency and, when Telar's own flows make them, `metadata.line_item_ids` (the lines refunded).
 * Each refund, in the order they were made, is spent on:
 *   1. the pieces returned or on their way back (a return requested, not cancelled) that no
 *      refund has paid for yet: the return's own reversal covers them (written when they are
 *      received), so a return and its refund never reverse the same money twice, whether the
 *      refund comes before or after the receipt;
 *   2. the order's shipping and its tax (refunds that name no lines only): a cooperative's earning
 *      does not pay for shipping, so refunding it reverses nothing;
 *   3. the goods the shopper keeps, split over the lines (the named ones, or all of them) by
 *      largest remainder in proportion to what is left of each line's value.
 * Anything beyond is more than the order's goods and reverses nothing. A line's reversal is then
 * its earning (less the share of its units back) × the share of its kept value refunded so far,
 * rounded half up once (rounding.ts, rule 3), less what refunds reversed of it before, never more
 * than is left of the line. Lines without an earning (no cooperative, no price) take their share
 * of the money but reverse nothing. `lines` is updated as entries are planned.
 */
export function planRefundReversals(input: {
  order_id: string
  money: OrderMoney
  lines: Map<string, LineLedger>
  actor: LedgerActor
}): LedgerEntryInput[] {
  const { money, lines } = input
  const units = returnedUnits(money)
  const state: LineMoney[] = money.lines.map((line) => {
    const unitsBack = units.awaited.get(line.id) ?? 0
    const returnedValue = floorShare(line.value, unitsBack, line.quantity)
    return {
      id: line.id,
      quantity: line.quantity,
      value: line.value,
      units_back: unitsBack,
      returned_unpaid: returnedValue,
      kept: line.value - returnedValue,
      refunded: 0,
    }
  })
  const byId = new Map(state.map((line) => [line.id, line]))
  let shippingUnpaid = money.shipping
  const entries: LedgerEntryInput[] = []
  const refunds = [...money.refunds].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)) || a.id.localeCompare(b.id))

  for (const refund of refunds) {
    const named = (refund.line_item_ids ?? []).map((id) => byId.get(id)).filter((line): line is LineMoney => !!line)
    const scope = named.length ? named : state
    let left = refund.amount

    const forReturns = Math.min(left, sum(scope.map((line) => line.returned_unpaid)))
    apportion(
      forReturns,
      scope.map((line) => line.returned_unpaid)
    ).forEach((share, index) => {
      scope[index].returned_unpaid -= share
    })
    left -= forReturns

    if (!named.length) {
      const forShipping = Math.min(left, shippingUnpaid)
      shippingUnpaid -= forShipping
      left -= forShipping
    }

    const rooms = scope.map((line) => line.kept - line.refunded)
    const forGoods = Math.min(left, sum(rooms))
    const shares = apportion(forGoods, rooms)
    shares.forEach((share, index) => {
      scope[index].refunded += share
    })

    // A refund already reversed (a replayed event) is counted above but written once.
    if ([...lines.values()].some((line) => line.refunds.has(refund.id))) continue
    scope.forEach((lineMoney, index) => {
      const line = lines.get(lineMoney.id)
      if (!line || !shares[index] || lineMoney.kept <= 0) return
      const quantity = line.quantity ?? lineMoney.quantity
      const reversible = line.earned - floorShare(line.earned, Math.min(lineMoney.units_back, quantity), quantity)
      const due = roundedShare(reversible, lineMoney.refunded, lineMoney.kept) - line.reversed.refund
      const amount = Math.min(due, line.standing)
      if (amount <= 0) return
      entries.push(
        reverseLine(line, {
          entry_key: refundReversalKey(line.line_item_id, refund.id),
          order_id: input.order_id,
          amount,
          cause: "refund",
          actor: input.actor,
          refund_id: refund.id,
          snapshot: {
            refund_amount: { amount: refund.amount, currency_code: money.currency_code },
            line_value: lineMoney.value,
            line_value_kept: lineMoney.kept,
            line_value_refunded: lineMoney.refunded,
            units_back: lineMoney.units_back,
            named_lines: named.length ? named.map((namedLine) => namedLine.id) : null,
          },
          note: named.length ? "Refund of this line" : "Refund of the order",
        })
      )
    })
  }
  return entries
}
