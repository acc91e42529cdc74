import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"

// The provider's own `stripe` (its pinned major), so the client matches what it was written for.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Stripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))

export type TelarStripeOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  /** e.g. http://127.0.0.1:12111 for the local emulator; unset talks to api.stripe.com. */
  apiBase?: string
}

/**
 * Medusa's Stripe provider, unchanged except that its client can talk to another API base
 * (Telar's local Stripe emulator when no real keys are configured).
 */
class TelarStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  constructor(container: Record<string, unknown>, options: TelarStripeOptions) {
    super(container, options as any)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      ;(this as any).stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        protocol: url.protocol.replace(":", ""),
        maxNetworkRetries: 1,
      })
    }
  }
}

export default TelarStripeProviderService
