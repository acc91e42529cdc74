/** Where Telar's Stripe provider points: real Stripe with STRIPE_API_KEY, else the local emulator. */
export const EMULATOR_API_KEY = "sk_test_telar_emulator"
export const EMULATOR_PUBLISHABLE_KEY = "pk_test_telar_emulator"
export const EMULATOR_WEBHOOK_SECRET = "whsec_telar_emulator_secret"

export type TelarStripeOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  /** e.g. http://127.0.0.1:12111 for the local emulator; unset talks to api.stripe.com. */
  apiBase?: string
  /** Ask Stripe for multicapture, so each cooperative's parcel is charged as it ships (an IC+ feature on real accounts). */
  multicapture?: boolean
}

/** Medusa's provider id for Telar's Stripe provider (`pp_<identifier>_<id>`). */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** The webhook path Stripe posts to: /hooks/payment/<identifier>_<id>. */
export const STRIPE_WEBHOOK_PROVIDER = "stripe_stripe"

export function stripeOptions(env: NodeJS.ProcessEnv = process.env): TelarStripeOptions {
  const realKey = env.STRIPE_API_KEY
  return {
    apiKey: realKey || EMULATOR_API_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET || (realKey ? undefined : EMULATOR_WEBHOOK_SECRET),
    // Authorize at checkout; each parcel is captured as staff ship it (workflows/fulfillment/ship-cooperative-parcel).
    capture: false,
    apiBase: env.STRIPE_API_BASE || (realKey ? undefined : "http://127.0.0.1:12111"),
    // Real accounts opt in (STRIPE_MULTICAPTURE=1) once Stripe has enabled it; the emulator always offers it.
    multicapture: realKey ? env.STRIPE_MULTICAPTURE === "1" : true,
  }
}
