import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { type PasswordResetEvent, sendPasswordResetMail } from "../lib/notifications/password-reset"

/**
 * Medusa's reset-password routes emit this for a login that exists (and answer 201 either way):
 * the link goes to the shopper's storefront page, the coordinator's portal page or the staff dashboard.
 */
export default async function passwordResetMail({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetMail(container, event.data)
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "telar-password-reset-mail" },
}
