import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { type ReturnEvent, sendReturnInstructionsMail } from "../lib/returns/instructions-mail"

/**
 * A return was opened (by the shopper from their account, or by staff in the admin): the shopper
 * gets what to send, where and what comes back. Idempotent: one mail per return.
 */
export default async function returnMails({ event, container }: SubscriberArgs<ReturnEvent>) {
  await sendReturnInstructionsMail(container, event.data)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_REQUESTED,
  context: { subscriberId: "telar-return-mails" },
}
