import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Stripe } from "../../modules/stripe-payment/client"
import { STRIPE_WEBHOOK_PROVIDER, stripeOptions } from "../../modules/stripe-payment/config"

const verifier = new Stripe("sk_verify_only")
/** Stripe's own default: a signature older than this is a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300
/** Clock skew allowed for a timestamp ahead of ours; beyond it the signature is refused. */
export const FUTURE_SKEW_SECONDS = 60

/**
 * Medusa acknowledges payment webhooks before its subscriber checks them (medusajs/medusa#16252).
 * Telar answers 404 for a provider it does not have and refuses a Stripe event whose signature
 * does not verify, is older than five minutes or dated in the future, before anything is queued.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.params.provider !== STRIPE_WEBHOOK_PROVIDER) {
    return res.status(404).json({ message: `No payment provider "${String(req.params.provider).slice(0, 60)}" takes webhooks here.` })
  }
  const secret = stripeOptions().webhookSecret
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!secret) {
    return res.status(503).json({ message: "Stripe webhooks are not configured: set STRIPE_WEBHOOK_SECRET." })
  }
  if (typeof signature !== "string" || !raw) {
    return res.status(400).json({ message: "Missing Stripe-Signature header or body." })
  }
  const timestamp = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1])
  if (timestamp > Date.now() / 1000 + FUTURE_SKEW_SECONDS) {
    return res.status(400).json({ message: "Webhook signature verification failed: the signature is dated in the future." })
  }
  let event: { type?: unknown; data?: { object?: { id?: unknown } } }
  try {
    event = verifier.webhooks.constructEvent(raw, signature, secret, SIGNATURE_TOLERANCE_SECONDS)
  } catch (error) {
    return res.status(400).json({ message: `Webhook signature verification failed: ${(error as Error).message}` })
  }
  if (typeof event.type !== "string" || typeof event.data?.object?.id !== "string") {
    return res.status(400).json({ message: "A Stripe event needs a type and data.object.id." })
  }
  next()
}
