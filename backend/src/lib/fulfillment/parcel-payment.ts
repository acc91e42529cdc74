import type { BigNumberValue, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { fromMinor } from "@telar/fair-trade"
import { STRIPE_PROVIDER_ID } from "../../modules/stripe-payment/config"
import { stripeClient } from "../checkout/stripe"
import { minorUnits } from "./cooperative-parcels"
import { type IntentState, planMedusaRecord, type StripeCapture } from "./parcel-capture"

/** The shopper's card payment of an order, as Medusa records it. */
export type OrderPayment = {
  id: string
  provider_id: string
  /** The Stripe PaymentIntent behind it (Telar's only provider). */
  intent_id: string | null
  currency_code: string
  /** Authorized and captured so far, in minor units (captured: the sum of Medusa's captures). */
  authorized: number
  captured: number
  /** What Medusa has not captured yet, exactly (major units, its own precision). */
  uncaptured: BigNumberValue
  fully_captured: boolean
  capture_ids: string[]
}

type PaymentRow = {
  id: string
  provider_id: string
  currency_code: string
  amount: BigNumberValue
  data?: { id?: string } | null
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  captures?: ({ id: string; amount: BigNumberValue } | null)[] | null
}

/** The order's live card payment (not canceled), or null when it has none (e.g. an order paid some other way). */
export async function orderPayment(container: MedusaContainer, orderId: string): Promise<OrderPayment | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.currency_code",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const payments = ((data[0] as any)?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? []) as PaymentRow[]
  const payment = payments.find((candidate) => candidate && !candidate.canceled_at)
  if (!payment) return null
  const currency = payment.currency_code.toLowerCase()
  const captured = (payment.captures ?? []).reduce(
    (total, capture) => MathBN.add(total, capture?.amount ?? 0),
    MathBN.convert(0) as ReturnType<typeof MathBN.convert>
  )
  return {
    id: payment.id,
    provider_id: payment.provider_id,
    intent_id: payment.provider_id === STRIPE_PROVIDER_ID ? (payment.data?.id ?? null) : null,
    currency_code: currency,
    authorized: minorUnits(payment.amount, currency),
    captured: minorUnits(captured, currency),
    uncaptured: MathBN.max(MathBN.sub(payment.amount, captured), 0).toFixed(),
    fully_captured: !!payment.captured_at,
    capture_ids: (payment.captures ?? []).flatMap((capture) => (capture ? [capture.id] : [])),
  }
}

/** What Stripe says about a PaymentIntent now, including whether its authorization allows several captures. */
export async function intentState(intentId: string): Promise<IntentState & { id: string; currency: string }> {
  const intent = await stripeClient().paymentIntents.retrieve(intentId, { expand: ["latest_charge"] })
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null
  return {
    id: intent.id,
    currency: intent.currency,
    status: intent.status,
    amount: intent.amount,
    amount_received: intent.amount_received,
    amount_capturable: intent.amount_capturable,
    multicapture: charge?.payment_method_details?.card?.multicapture?.status === "available",
  }
}

/**
 * Takes `capture` from the authorization. The idempotency key names the state it starts from, so a
 * retried request (lost answer, second worker) is answered by Stripe with the first result.
 */
export async function captureAtStripe(intent: IntentState & { id: string }, capture: StripeCapture): Promise<IntentState & { id: string }> {
  const after = await stripeClient()
    .paymentIntents.capture(
      intent.id,
      { amount_to_capture: capture.amount_to_capture, final_capture: capture.final_capture },
      { idempotencyKey: `telar-parcels-${intent.id}-from-${intent.amount_received}-take-${capture.amount_to_capture}` }
    )
    .catch((error: { message?: string }) => {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stripe did not capture the payment: ${error.message ?? "unknown error"}`)
    })
  return { ...intent, status: after.status, amount_received: after.amount_received, amount_capturable: after.amount_capturable }
}

export type RecordedCapture = { payment_id: string; capture_id: string; amount: BigNumberValue; currency_code: string }

/**
 * Makes Medusa's payment say what Stripe took (`is_captured`: the money is already taken, Medusa
 * only records it). Stripe's webhook may record the same capture at the same moment: a refusal is
 * checked against Medusa's payment read again, once.
 */
export async function recordCaptureInMedusa(
  container: MedusaContainer,
  orderId: string,
  intent: IntentState,
  actorId: string
): Promise<RecordedCapture | null> {
  const payments = container.resolve(Modules.PAYMENT)
  for (let attempt = 0; ; attempt++) {
    const payment = await orderPayment(container, orderId)
    if (!payment) return null
    const record = planMedusaRecord({
      stripe_received: intent.amount_received,
      stripe_amount: intent.amount,
      medusa_captured: payment.captured,
      medusa_fully_captured: payment.fully_captured,
    })
    if (!record) return null
    const amount = record.kind === "remainder" ? payment.uncaptured : fromMinor(record.amount, payment.currency_code)
    try {
      const captured = await payments.capturePayment({ payment_id: payment.id, amount, captured_by: actorId, is_captured: true })
      const known = new Set(payment.capture_ids)
      const capture = (captured.captures ?? []).find((candidate) => !known.has(candidate.id))
      return capture ? { payment_id: payment.id, capture_id: capture.id, amount, currency_code: payment.currency_code } : null
    } catch (error) {
      if (attempt > 0) throw error
    }
  }
}
