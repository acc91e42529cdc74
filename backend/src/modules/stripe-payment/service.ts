import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { PaymentActions } from "@medusajs/framework/utils"
import type { ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { createStripeClient } from "./client"
import type { TelarStripeOptions } from "./config"

/**
 * Medusa's Stripe provider with three changes:
 * - its client can talk to another API base (Telar's local Stripe emulator without real keys);
 * - with `multicapture` on, its intents ask Stripe to allow several captures of one authorization
 *   (workflows/fulfillment/ship-cooperative-parcel charges each cooperative's parcel as it ships);
 * - it hands no webhook action to Medusa's own handler. That handler completes carts without
 *   Telar's per-piece stock lock (racing webhooks left "ghost" orders for a piece already sold)
 *   and never releases a loser's card hold. Telar's subscriber `subscribers/stripe-payment-event.ts`
 *   handles Stripe's events instead, through lib/checkout.
 */
class TelarStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  private readonly multicapture: boolean

  constructor(container: Record<string, unknown>, options: TelarStripeOptions) {
    super(container, options as ConstructorParameters<typeof StripeProviderService>[1])
    this.multicapture = !!options.multicapture
    if (options.apiBase) {
      ;(this as unknown as { stripe_: unknown }).stripe_ = createStripeClient(options)
    }
  }

  // Medusa's type lists only oxxo options; its provider passes payment_method_options to Stripe as given.
  get paymentIntentOptions(): StripeProviderService["paymentIntentOptions"] {
    const options = this.multicapture ? { payment_method_options: { card: { request_multicapture: "if_available" } } } : {}
    return options as unknown as StripeProviderService["paymentIntentOptions"]
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default TelarStripeProviderService
