import { createStripeEmulator } from "@telar/stripe-emulator"
import { createStripeClient } from "../../src/modules/stripe-payment/client"
import { EMULATOR_API_KEY, EMULATOR_WEBHOOK_SECRET } from "../../src/modules/stripe-payment/config"

export type Emulator = Awaited<ReturnType<typeof createStripeEmulator>>

/**
 * Starts the Stripe emulator and points the backend at it. Call at the top of a spec file,
 * before medusaIntegrationTestRunner, so its beforeAll runs before the app boots.
 */
export function stripeEmulatorForSuite() {
  const handle: { emulator?: Emulator; stripe?: any } = {}
  beforeAll(async () => {
    handle.emulator = await createStripeEmulator({ port: 0 })
    process.env.STRIPE_API_BASE = handle.emulator.url
    delete process.env.STRIPE_API_KEY
    // The SDK Medusa's provider bundles, as a shopper's browser-side confirm would use.
    handle.stripe = createStripeClient({ apiKey: EMULATOR_API_KEY, apiBase: handle.emulator.url })
  })
  afterAll(async () => {
    await handle.emulator?.close()
  })
  return {
    get emulator() {
      return handle.emulator!
    },
    get stripe() {
      return handle.stripe
    },
    pointWebhooksAt(baseUrl: string) {
      handle.emulator!.setWebhook(`${baseUrl}/hooks/payment/stripe_stripe`, EMULATOR_WEBHOOK_SECRET)
    },
  }
}
