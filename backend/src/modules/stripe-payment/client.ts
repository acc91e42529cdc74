import type { TelarStripeOptions } from "./config"

// The `stripe` that Medusa's provider bundles (its pinned major), resolved from the provider's own
// folder: a plain `import "stripe"` could load another major. The one place this is done.
// eslint-disable-next-line @typescript-eslint/no-var-requires
export const Stripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))

export type StripeClient = InstanceType<typeof Stripe>

/** A Stripe client for these options: api.stripe.com, or another API base (the local emulator). */
export function createStripeClient(options: Pick<TelarStripeOptions, "apiKey" | "apiBase">): StripeClient {
  if (!options.apiBase) return new Stripe(options.apiKey, { maxNetworkRetries: 2 })
  const url = new URL(options.apiBase)
  return new Stripe(options.apiKey, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol.replace(":", ""),
    maxNetworkRetries: 1,
  })
}
