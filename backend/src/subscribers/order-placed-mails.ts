import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderPlacedMails } from "../lib/notifications/order-placed"

/**
 * A new order: the shopper's confirmation and each cooperative's "piece sold". Idempotent: the
 * mails carry idempotency keys per order and recipient, so a replayed event sends nothing twice.
 */
export default async function orderPlacedMails({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderPlacedMails(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "telar-order-placed-mails" },
}
