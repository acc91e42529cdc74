import { floorShare } from "../payout/rounding"

/**
 * What a received return gives back to the shopper, and how, in integer minor units of the
 * order's currency. Pure: the callers read the order and Stripe, then act on the plan.
 */

/** Units per order line. */
export type Units = Record<string, number>

export type LineMoney = { id: string; quantity: number; value: number }

/**
 * The money owed for units received back and not yet settled (refunded, or found never charged),
 * over the whole order. Each line's units are valued cumulatively: floor(value × units /
 * quantity) for all units settled once these are, less the same for those settled before, so the
 * last unit back brings the line's refunds to exactly what the shopper paid for it (the payout
 * ledger's rule 2, lib/payout/rounding.ts, applied to the line's value instead of its earning).
 */
export function returnDue(input: {
  lines: LineMoney[]
  /** Units of each line received back, over all returns (damaged ones too: the piece came back). */
  received: Units
  /** Units of each line settled so far. */
  settled: Units
}): { units: Units; amount: number } {
  const units: Units = {}
  let amount = 0
  for (const line of input.lines) {
    if (line.quantity <= 0) continue
    const before = Math.min(line.quantity, input.settled[line.id] ?? 0)
    const after = Math.min(line.quantity, Math.max(before, input.received[line.id] ?? 0))
    if (after <= before) continue
    units[line.id] = after - before
    amount += floorShare(line.value, after, line.quantity) - floorShare(line.value, before, line.quantity)
  }
  return { units, amount }
}

/** What the shopper paid for `units` of each line, counted from the first unit (as returnDue counts them). */
export function unitsValue(lines: LineMoney[], units: Units): number {
  return lines.reduce((sum, line) => {
    const count = Math.min(line.quantity, units[line.id] ?? 0)
    return line.quantity > 0 && count > 0 ? sum + floorShare(line.value, count, line.quantity) : sum
  }, 0)
}

/** The card payment and the order as a return finds them. */
export type PaymentState = {
  /** What the shopper owes now for what they keep: the amount authorized at checkout less the value of every unit received back. */
  owed: number
  /** What the card has given so far: captured, less refunded (by returns, or by staff). */
  taken: number
}

export type ReturnMoneyPlan = {
  /** Given back to the card through a Stripe refund of captured money. */
  refund: number
  /** Owed back but already given back another way (a refund staff made by hand) or never taken from the card. */
  settled_otherwise: number
}

/**
 * Stripe refunds only captured money (held money can only be released, and Telar opens returns
 * only once the card is charged in full: lib/returns/request-plan.ts). So a return gives back what
 * the card has taken beyond what the shopper now owes, never more than the units are worth: a
 * refund staff made by hand before the parcel arrived is not paid twice, and money never charged
 * (a return staff opened on an order whose card was not charged, whose authorization Medusa
 * cancels) is recorded as such.
 */
export function planReturnMoney(due: number, payment: PaymentState): ReturnMoneyPlan {
  const refund = Math.max(0, Math.min(due, payment.taken - payment.owed))
  return { refund, settled_otherwise: Math.max(0, due - refund) }
}
