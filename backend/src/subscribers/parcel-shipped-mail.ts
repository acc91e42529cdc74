import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendParcelShippedMail } from "../lib/fulfillment/parcel-shipped-mail"
import { PARCEL_SHIPPED_EVENT, type ParcelShippedEvent } from "../lib/fulfillment/parcel-shipped-event"

/**
 * A cooperative's parcel shipped: the shopper hears which, with what is in it, how to follow it and
 * what was charged. Idempotent: the mail's key is the order and the cooperative.
 */
export default async function parcelShippedMail({ event, container }: SubscriberArgs<ParcelShippedEvent>) {
  await sendParcelShippedMail(container, event.data)
}

export const config: SubscriberConfig = {
  event: PARCEL_SHIPPED_EVENT,
  context: { subscriberId: "telar-parcel-shipped-mail" },
}
