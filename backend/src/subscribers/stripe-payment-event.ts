import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { settleStripeIntent } from "../lib/checkout/settle-payment"
import { STRIPE_WEBHOOK_PROVIDER } from "../modules/stripe-payment/config"

type WebhookEventData = {
  provider: string
  payload?: { data?: { type?: string; data?: { object?: { id?: string; object?: string } } } }
}

/**
 * Stripe's events for Telar's provider (Medusa's own handler gets no action from it: see
 * modules/stripe-payment/service.ts). The signature was checked at the door
 * (api/hooks/verify-stripe-signature.ts); here the event only says *which* PaymentIntent to
 * look at, and settleStripeIntent asks Stripe for its real state. Idempotent: a replayed or
 * late event finds the order (or the released hold) and changes nothing.
 */
export default async function handleStripePaymentEvent({ event, container }: SubscriberArgs<WebhookEventData>) {
  if (event.data.provider !== STRIPE_WEBHOOK_PROVIDER) return
  const stripeEvent = event.data.payload?.data
  const object = stripeEvent?.data?.object
  if (!stripeEvent?.type?.startsWith("payment_intent.") || object?.object !== "payment_intent" || !object.id) return
  const outcome = await settleStripeIntent(container, object.id, "webhook")
  if (outcome.action === "completion" && outcome.result.status === "failed") {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Stripe event ${stripeEvent.type} for ${object.id}: no order (${outcome.result.error.message}); payment released.`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "telar-stripe-payment-event" },
}
