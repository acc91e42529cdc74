/**
 * Webhook delivery, signed exactly like Stripe:
 *   Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${payload}` keyed with the endpoint secret>
 * Deliveries are asynchronous, first attempts go out in event order, failed
 * attempts (non-2xx, network error, timeout) are retried with exponential backoff.
 */
import { createHmac } from "node:crypto"
import http from "node:http"
import https from "node:https"
import type { EventRecord } from "./types"
import { newId, nowSeconds } from "./util"

export const DEFAULT_WEBHOOK_SECRET = "whsec_stripe_emulator_test_secret"

export function computeSignature(payload: string, secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
}

export function signatureHeader(payload: string, secret: string, timestamp = nowSeconds()): string {
  return `t=${timestamp},v1=${computeSignature(payload, secret, timestamp)}`
}

export interface DeliveryAttempt {
  attempted_at: string
  status_code: number | null
  error: string | null
  response_body: string | null
  duration_ms: number
}

export interface WebhookDelivery {
  id: string
  object: "webhook_delivery"
  event_id: string
  event_type: string
  url: string
  status: "pending" | "succeeded" | "failed"
  resend: boolean
  created: string
  attempts: DeliveryAttempt[]
}

export interface WebhookOptions {
  url?: string
  secret?: string
  /** Total attempts per delivery including the first one (default 4). */
  maxAttempts?: number
  /** Delay before the first retry; doubles on each further retry (default 500 ms). */
  retryDelayMs?: number
  /** Per-attempt timeout (default 10 s). */
  timeoutMs?: number
}

export interface Enqueued {
  delivery: WebhookDelivery
  firstAttempt: Promise<void>
  completed: Promise<void>
}

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number) {
  const target = new URL(url)
  const transport = target.protocol === "https:" ? https : http
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = transport.request(
      target,
      { method: "POST", agent: false, timeout: timeoutMs, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        let data = ""
        res.setEncoding("utf8")
        res.on("data", (chunk: string) => {
          if (data.length < 1000) data += chunk
        })
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data.slice(0, 1000) }))
        res.on("error", reject)
      }
    )
    req.on("timeout", () => req.destroy(new Error(`Timed out after ${timeoutMs} ms`)))
    req.on("error", reject)
    req.end(body)
  })
}

export class WebhookDispatcher {
  url: string | undefined
  secret: string
  readonly deliveries: WebhookDelivery[] = []
  private readonly maxAttempts: number
  private readonly retryDelayMs: number
  private readonly timeoutMs: number
  private chain: Promise<void> = Promise.resolve()
  private readonly pending = new Set<Promise<void>>()
  private readonly sleepers = new Map<NodeJS.Timeout, () => void>()
  private closed = false

  constructor(opts: WebhookOptions = {}) {
    this.url = opts.url || undefined
    this.secret = opts.secret || DEFAULT_WEBHOOK_SECRET
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 4)
    this.retryDelayMs = opts.retryDelayMs ?? 500
    this.timeoutMs = opts.timeoutMs ?? 10_000
  }

  get enabled(): boolean {
    return Boolean(this.url) && !this.closed
  }

  configure(url: string | undefined, secret?: string): void {
    this.url = url || undefined
    if (secret) this.secret = secret
  }

  /** Queues an event for delivery; returns null when no endpoint is configured. */
  enqueue(event: EventRecord, resend = false): Enqueued | null {
    if (!this.enabled || !this.url) return null
    const delivery: WebhookDelivery = {
      id: newId("whdel"),
      object: "webhook_delivery",
      event_id: event.id,
      event_type: event.type,
      url: this.url,
      status: "pending",
      resend,
      created: new Date().toISOString(),
      attempts: [],
    }
    this.deliveries.push(delivery)
    const payload = JSON.stringify(event, null, 2)
    // setImmediate: let the API response that triggered the event go out first.
    const first = this.chain.then(() => new Promise<void>((r) => setImmediate(r))).then(() => this.attempt(delivery, payload))
    this.chain = first.then(() => undefined)
    const completed = first.then(async (ok) => {
      let attempts = 1
      while (!ok && attempts < this.maxAttempts && !this.closed) {
        await this.sleep(this.retryDelayMs * 2 ** (attempts - 1))
        if (this.closed) break
        ok = await this.attempt(delivery, payload)
        attempts++
      }
      delivery.status = ok ? "succeeded" : "failed"
    })
    this.pending.add(completed)
    void completed.finally(() => this.pending.delete(completed))
    return { delivery, firstAttempt: first.then(() => undefined), completed }
  }

  /** Resolves once every queued delivery (including retries) has finished. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  clear(): void {
    this.deliveries.length = 0
  }

  close(): void {
    this.closed = true
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer)
      wake()
    }
    this.sleepers.clear()
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer)
        resolve()
      }, ms)
      this.sleepers.set(timer, resolve)
    })
  }

  private async attempt(delivery: WebhookDelivery, payload: string): Promise<boolean> {
    const started = Date.now()
    const record: DeliveryAttempt = {
      attempted_at: new Date(started).toISOString(),
      status_code: null,
      error: null,
      response_body: null,
      duration_ms: 0,
    }
    delivery.attempts.push(record)
    try {
      const res = await post(
        delivery.url,
        payload,
        {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "Cache-Control": "no-cache",
          Accept: "*/*; q=0.5, application/xml",
          "Stripe-Signature": signatureHeader(payload, this.secret),
        },
        this.timeoutMs
      )
      record.status_code = res.status
      record.response_body = res.body
      return res.status >= 200 && res.status < 300
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err)
      return false
    } finally {
      record.duration_ms = Date.now() - started
    }
  }
}
