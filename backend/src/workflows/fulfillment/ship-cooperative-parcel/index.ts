import { PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { orderPaymentLockKey } from "../../../lib/returns/locks"
import { PARCEL_SHIPPED_EVENT, type ParcelShippedEvent } from "../../../lib/fulfillment/parcel-shipped-event"
import { captureShippedParcelsStep } from "./steps/capture-shipped-parcels"
import { planParcelShipmentStep } from "./steps/plan-parcel-shipment"
import { shipParcelFulfillmentsStep } from "./steps/ship-parcel-fulfillments"

export type ShipCooperativeParcelInput = {
  order_id: string
  cooperative_id: string
  actor_id: string
  carrier?: string | null
  tracking_number?: string | null
  tracking_url?: string | null
}

/**
 * Staff ship one cooperative's parcel of an order: fulfill its unsent pieces from the cooperative's
 * own location, charge the card for it (partial capture while other parcels wait; the last parcel
 * takes what is left), mark it shipped with the carrier and tracking number, and tell the shopper
 * (subscribers/parcel-shipped-mail.ts). Idempotent: shipping a parcel again ships, charges and
 * mails nothing more. One payment change of an order at a time (the order's payment lock).
 */
export const shipCooperativeParcelWorkflow = createWorkflow("ship-cooperative-parcel", (input: ShipCooperativeParcelInput) => {
  // The order's payment lock: returns take it too, so a refund and a capture never read the payment at once.
  const lockKey = transform({ input }, ({ input }) => orderPaymentLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

  const plan = planParcelShipmentStep({
    order_id: input.order_id,
    cooperative_id: input.cooperative_id,
    carrier: input.carrier,
    tracking_number: input.tracking_number,
    tracking_url: input.tracking_url,
  })

  const fulfillment = when("fulfill-cooperative-parcel", { plan }, ({ plan }) => plan.items_to_fulfill.length > 0).then(() =>
    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        items: plan.items_to_fulfill,
        location_id: plan.location_id as string,
        shipping_option_id: plan.shipping_option_id as string,
        created_by: input.actor_id,
      })),
    })
  )

  const capture = captureShippedParcelsStep(
    transform({ input, plan, fulfillment }, ({ input, plan }) => ({
      order_id: input.order_id,
      cooperative_id: input.cooperative_id,
      actor_id: input.actor_id,
      already_shipped: plan.already_shipped,
    }))
  )

  when("record-parcel-capture-on-order", { capture }, ({ capture }) => !!capture.recorded).then(() => {
    addOrderTransactionStep(
      transform({ capture, input }, ({ capture, input }) => ({
        order_id: input.order_id,
        amount: capture.recorded!.amount,
        currency_code: capture.recorded!.currency_code,
        reference: "capture",
        reference_id: capture.recorded!.capture_id,
      }))
    )
    emitEventStep({
      eventName: PaymentEvents.CAPTURED,
      data: transform({ capture }, ({ capture }) => ({ id: capture.recorded!.payment_id })),
    }).config({ name: "emit-parcel-payment-captured" })
  })

  const shipped = shipParcelFulfillmentsStep(
    transform({ input, plan, capture }, ({ input, plan }) => ({
      order_id: input.order_id,
      cooperative_id: input.cooperative_id,
      actor_id: input.actor_id,
      carrier: plan.carrier,
      tracking_number: plan.tracking_number,
      tracking_url: plan.tracking_url,
    }))
  )

  when("tell-shopper-parcel-shipped", { shipped }, ({ shipped }) => shipped.fulfillment_ids.length > 0).then(() => {
    emitEventStep({
      eventName: PARCEL_SHIPPED_EVENT,
      data: transform(
        { input, plan, capture },
        ({ input, plan, capture }): ParcelShippedEvent => ({
          order_id: input.order_id,
          cooperative_id: input.cooperative_id,
          carrier: plan.carrier,
          tracking_number: plan.tracking_number,
          tracking_url: plan.tracking_url,
          charged:
            capture.charged > 0 && capture.currency_code && capture.covers
              ? { amount: capture.charged, currency_code: capture.currency_code, covers: capture.covers }
              : null,
        })
      ),
    }).config({ name: "emit-cooperative-parcel-shipped" })
  })

  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(
    transform({ plan, capture, shipped }, ({ plan, capture, shipped }) => ({
      outcome: shipped.fulfillment_ids.length ? ("shipped" as const) : ("already_shipped" as const),
      cooperative: plan.cooperative,
      fulfillment_ids: shipped.fulfillment_ids,
      charged: capture.charged,
      captured_total: capture.captured_total,
      authorized: capture.authorized,
      currency_code: capture.currency_code,
    }))
  )
})
