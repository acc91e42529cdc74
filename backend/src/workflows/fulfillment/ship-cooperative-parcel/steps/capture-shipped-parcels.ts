import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadParcelOrder } from "../../../../lib/fulfillment/cooperative-parcels"
import { planParcelCapture } from "../../../../lib/fulfillment/parcel-capture"
import {
  captureAtStripe,
  intentState,
  orderPayment,
  type RecordedCapture,
  recordCaptureInMedusa,
} from "../../../../lib/fulfillment/parcel-payment"

export type CaptureShippedParcelsInput = { order_id: string; cooperative_id: string; actor_id: string; already_shipped: boolean }

export type ParcelCapture = {
  /** Taken from the card by this shipment (minor units); 0 when the parcels shipped were paid already. */
  charged: number
  covers: "parcels" | "order" | null
  currency_code: string | null
  /** Stripe's totals after it: authorized and received so far. */
  authorized: number
  captured_total: number
  recorded: RecordedCapture | null
}

/**
 * Charges the card for the parcels shipped, this one included: the sum of their shares, less what
 * Stripe has received already; the last parcel takes what is left. Nothing to undo: money taken
 * stays taken (a refund is a person's decision), so this runs after the fulfillment, which can be
 * undone, and before marking the parcel shipped, which cannot.
 */
export const captureShippedParcelsStep = createStep(
  "capture-shipped-cooperative-parcels",
  async (input: CaptureShippedParcelsInput, { container }): Promise<StepResponse<ParcelCapture>> => {
    const payment = await orderPayment(container, input.order_id)
    if (!payment)
      return new StepResponse({ charged: 0, covers: null, currency_code: null, authorized: 0, captured_total: 0, recorded: null })
    if (!payment.intent_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This order's payment (${payment.provider_id}) is not a Stripe card payment: capture it from the order's Payments section, then ship.`
      )
    }
    const order = await loadParcelOrder(container, input.order_id)
    const shippedAfter = order.parcels.filter((parcel) => parcel.shipped || parcel.cooperative?.id === input.cooperative_id)
    const owed = shippedAfter.reduce((total, parcel) => total + parcel.share, 0)
    const before = await intentState(payment.intent_id)
    const plan = planParcelCapture({ owed, all_shipped: shippedAfter.length === order.parcels.length, intent: before })
    if (!plan.capture && plan.reason === "not_capturable" && !input.already_shipped && owed > before.amount_received) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The card payment can no longer be captured (Stripe says "${before.status}"), so the parcel was not shipped: collect the payment first.`
      )
    }
    const after = plan.capture ? await captureAtStripe(before, plan.capture) : before
    const recorded = await recordCaptureInMedusa(container, input.order_id, after, input.actor_id)
    return new StepResponse({
      charged: after.amount_received - before.amount_received,
      covers: plan.capture ? plan.covers : null,
      currency_code: payment.currency_code,
      authorized: after.amount,
      captured_total: after.amount_received,
      recorded,
    })
  }
)
