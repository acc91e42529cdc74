import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import type { ReturnEvent } from "../lib/returns/instructions-mail"
import { sendReturnRefundMails } from "../lib/returns/refund-mail"
import { refundReceivedReturnWorkflow } from "../workflows/returns/refund-received-return"

/**
 * Staff received pieces of a return (Medusa's admin put them back in the cooperative's stock):
 * the shopper's money for them goes back to the card, and the shopper is told so. A replayed
 * event settles nothing twice and mails each refund once.
 */
export default async function returnRefunds({ event, container }: SubscriberArgs<ReturnEvent>) {
  try {
    await refundReceivedReturnWorkflow(container).run({
      input: { order_id: event.data.order_id, return_id: event.data.return_id, actor_id: `${event.name}:${event.data.return_id}` },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `Return ${event.data.return_id} of order ${event.data.order_id}: the refund was not made (${(error as Error).message}). Refund it from the order's Payments section.`
      )
    throw error
  }
  await sendReturnRefundMails(container, event.data)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "telar-return-refunds" },
}
