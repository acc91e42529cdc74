import { createStripeClient, type StripeClient } from "../../modules/stripe-payment/client"
import { stripeOptions } from "../../modules/stripe-payment/config"

let cached: { key: string; client: StripeClient } | null = null

/** The Stripe client the checkout code asks for the truth about a PaymentIntent. */
export function stripeClient(): StripeClient {
  const options = stripeOptions()
  const key = `${options.apiKey}@${options.apiBase ?? "api.stripe.com"}`
  if (cached?.key !== key) cached = { key, client: createStripeClient(options) }
  return cached.client
}

/** PaymentIntent statuses in which the shopper's money is held or taken. */
export function intentHoldsMoney(status: string): boolean {
  return status === "requires_capture" || status === "succeeded"
}
