import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stripeOptions } from "../../modules/stripe-payment/config"

// Same `stripe` the payment provider uses.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Stripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))
const verifier = new Stripe("sk_verify_only")

/**
 * Medusa acknowledges payment webhooks before its subscriber checks them (medusajs/medusa#16252).
 * Telar refuses a Stripe event whose signature does not verify, before anything is queued.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.params.provider?.startsWith("stripe")) return next()
  const secret = stripeOptions().webhookSecret
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!secret) {
    return res.status(503).json({ message: "Stripe webhooks are not configured: set STRIPE_WEBHOOK_SECRET." })
  }
  if (!signature || !raw) {
    return res.status(400).json({ message: "Missing Stripe-Signature header or body." })
  }
  try {
    verifier.webhooks.constructEvent(raw, signature, secret)
  } catch (error) {
    return res.status(400).json({ message: `Webhook signature verification failed: ${(error as Error).message}` })
  }
  next()
}
