/**
 * @telar/stripe-emulator: a local stand-in for Stripe's REST API (payment intents, refunds,
 * customers, setup intents, payment methods, events, Connect transfers), signed webhooks, a 3-D Secure
 * challenge page and a Stripe.js v3 stand-in at `/v3`.
 *
 *   const emulator = await createStripeEmulator({ port: 0 });
 *   const stripe = new Stripe('sk_test_x', { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { Store } from "./store"
import { EventBus } from "./events"
import { WebhookDispatcher } from "./webhooks"
import { buildRouter } from "./routes"
import { createRequestListener } from "./server"
import type { App, EmulatorConfig } from "./types"

export const DEFAULT_API_VERSION = "2025-09-30.clover"

export interface StripeEmulatorOptions {
  /** Port to listen on; 0 picks a free port (default 12111). */
  port?: number
  /** Interface to bind (default 127.0.0.1). */
  host?: string
  /** Webhook endpoint (default: env STRIPE_WEBHOOK_URL). */
  webhookUrl?: string
  /** Webhook signing secret `whsec_...` (default: env STRIPE_WEBHOOK_SECRET). */
  webhookSecret?: string
  /** URL browsers use to reach the emulator (3DS pages, Stripe.js); default: the request's Host. */
  publicUrl?: string
  /** Persist state to this JSON file (default: env STRIPE_EMULATOR_STATE). */
  statePath?: string
  /** `api_version` reported on events (default 2025-09-30.clover, the stripe 19 pin). */
  apiVersion?: string
  /** Total webhook attempts per event (default 4). */
  webhookMaxAttempts?: number
  /** Delay before the first webhook retry, doubled for each further retry (default 500 ms). */
  webhookRetryDelayMs?: number
  /** Per-attempt webhook timeout (default 10 s). */
  webhookTimeoutMs?: number
  /** Request / error log sink (e.g. console.log). */
  log?: (line: string) => void
}

export interface StripeEmulator {
  /** Base URL, e.g. http://127.0.0.1:12111 */
  url: string
  port: number
  host: string
  /** In-memory state: paymentIntents, charges, refunds, customers, paymentMethods, setupIntents, events, transfers. */
  state: Store
  webhooks: WebhookDispatcher
  /** (Re)configures the webhook endpoint; pass undefined to disable deliveries. */
  setWebhook(url: string | undefined, secret?: string): void
  /** Resolves when every queued webhook delivery (including retries) has finished. */
  flushWebhooks(): Promise<void>
  /** Clears all objects, events, idempotency keys and the delivery log. */
  reset(): void
  close(): Promise<void>
}

export async function createStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const env = process.env
  const host = options.host ?? "127.0.0.1"
  const store = new Store(options.statePath ?? (env.STRIPE_EMULATOR_STATE || undefined))
  const webhooks = new WebhookDispatcher({
    url: options.webhookUrl ?? env.STRIPE_WEBHOOK_URL,
    secret: options.webhookSecret ?? env.STRIPE_WEBHOOK_SECRET,
    maxAttempts: options.webhookMaxAttempts,
    retryDelayMs: options.webhookRetryDelayMs,
    timeoutMs: options.webhookTimeoutMs,
  })
  const config: EmulatorConfig = {
    publicUrl: "",
    publicUrlExplicit: Boolean(options.publicUrl),
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
  }
  const app: App = { store, events: new EventBus(store, webhooks, config), webhooks, config }
  const server = http.createServer(createRequestListener(app, buildRouter(), options.log))
  server.keepAliveTimeout = 5000

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 12111, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host
  config.publicUrl = (options.publicUrl ?? `http://${urlHost}:${port}`).replace(/\/$/, "")

  return {
    url: config.publicUrl,
    port,
    host,
    state: store,
    webhooks,
    setWebhook: (url, secret) => webhooks.configure(url, secret),
    flushWebhooks: () => webhooks.flush(),
    reset: () => {
      store.reset()
      webhooks.clear()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        webhooks.close()
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}

export { Store } from "./store"
export { WebhookDispatcher, signatureHeader, computeSignature, DEFAULT_WEBHOOK_SECRET } from "./webhooks"
export type { WebhookDelivery, DeliveryAttempt } from "./webhooks"
export { TEST_CARDS } from "./cards"
export type { TestCard } from "./cards"
export { TEST_CONNECT_ACCOUNTS, transferOutcome } from "./transfers"
export type { TestConnectAccount, TransferOutcome } from "./transfers"
export type { EventRecord } from "./types"
export { browserScript } from "./browser-js"
