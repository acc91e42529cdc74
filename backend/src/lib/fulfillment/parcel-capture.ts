/**
 * How much of a shopper's card authorization to take when parcels ship. Pure: the amounts are
 * integer minor units, the intent is what Stripe says now. Each cooperative's parcel is charged as
 * it ships (its lines and its shipping method); the last parcel takes exactly what is left, so
 * rounding of the parcels' shares never leaves a centavo behind or takes one too many.
 */

/** The parts of a Stripe PaymentIntent a capture depends on. */
export type IntentState = {
  status: string
  amount: number
  amount_received: number
  amount_capturable: number
  /** Stripe allows several captures of this authorization (charge.payment_method_details.card.multicapture). */
  multicapture: boolean
}

export type StripeCapture = { amount_to_capture: number; final_capture: boolean }

/** covers: "parcels" when the capture pays the parcels shipped so far; "order" when it takes the whole order early. */
export type CapturePlan =
  | { capture: StripeCapture; covers: "parcels" | "order" }
  | { capture: null; reason: "nothing_owed" | "not_capturable" }

/**
 * `owed` is the sum of the shares of every parcel shipped once this one ships; `all_shipped` says
 * no parcel is left after it. Capturing twice for the same parcels plans nothing: what Stripe has
 * received already counts.
 */
export function planParcelCapture(input: { owed: number; all_shipped: boolean; intent: IntentState }): CapturePlan {
  const { intent } = input
  if (intent.status !== "requires_capture" || intent.amount_capturable <= 0) return { capture: null, reason: "not_capturable" }
  const capturable = intent.amount_capturable
  const rest = { amount_to_capture: capturable, final_capture: true }
  // The last parcel takes exactly what is left of the authorization.
  if (input.all_shipped) return { capture: rest, covers: "parcels" }
  const due = input.owed - intent.amount_received
  if (due <= 0) return { capture: null, reason: "nothing_owed" }
  // A card that allows one capture only: a partial capture would release the rest, so the whole order is taken now.
  if (!intent.multicapture) return { capture: rest, covers: "order" }
  if (due >= capturable) return { capture: rest, covers: "parcels" }
  return { capture: { amount_to_capture: due, final_capture: false }, covers: "parcels" }
}

/**
 * What Medusa's payment must record so it says what Stripe took: `null` when it already does.
 * `remainder` when Stripe took the whole authorization (Medusa then captures exactly what it has
 * left, whatever its own rounding); otherwise the minor units Stripe took beyond Medusa's captures.
 */
export function planMedusaRecord(input: {
  stripe_received: number
  stripe_amount: number
  medusa_captured: number
  medusa_fully_captured: boolean
}): { kind: "remainder" } | { kind: "amount"; amount: number } | null {
  if (input.medusa_fully_captured) return null
  if (input.stripe_received >= input.stripe_amount) return { kind: "remainder" }
  const amount = input.stripe_received - input.medusa_captured
  return amount > 0 ? { kind: "amount", amount } : null
}
