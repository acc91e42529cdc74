import type { IncomingHttpHeaders } from "node:http"
import type { FormObject } from "./form"
import type { Store } from "./store"
import type { EventBus } from "./events"
import type { WebhookDispatcher } from "./webhooks"
import { appendQuery } from "./util"

/** A Stripe event as stored and delivered by the emulator (same shape as `Stripe.Event`). */
export interface EventRecord {
  id: string
  object: "event"
  api_version: string
  created: number
  data: { object: { id: string; object: string } & Record<string, unknown>; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

/** What happens when a test card is used. */
export interface CardBehavior {
  outcome: "succeed" | "decline" | "authenticate"
  code?: string
  declineCode?: string
  message?: string
}

export type AuthKind = "secret" | "publishable"

export interface ApiRequest {
  method: string
  path: string
  params: Record<string, string>
  /** Parsed body (POST) merged over the parsed query string. */
  body: FormObject
  query: FormObject
  headers: IncomingHttpHeaders
  auth: { key: string; kind: AuthKind } | null
  requestId: string
  idempotencyKey: string | null
}

export interface EmulatorConfig {
  /** Base URL the emulator is reachable at (used in 3DS redirect URLs and Stripe.js). */
  publicUrl: string
  /** True when `publicUrl` was configured explicitly (then it wins over the request's Host header). */
  publicUrlExplicit: boolean
  apiVersion: string
}

/** The services every route handler gets. */
export interface App {
  store: Store
  events: EventBus
  webhooks: WebhookDispatcher
  config: EmulatorConfig
}

/** Request info stored on events (`event.request`). */
export function requestInfo(req: ApiRequest | null): EventRecord["request"] {
  return { id: req ? req.requestId : null, idempotency_key: req ? req.idempotencyKey : null }
}

/**
 * Base URL for links handed to browsers (3DS pages, Stripe.js API calls): the configured
 * public URL, else the Host the caller used to reach us, else the listening address.
 */
export function publicBase(app: App, req: ApiRequest | null): string {
  if (app.config.publicUrlExplicit || !req) return app.config.publicUrl
  const host = req.headers["x-forwarded-host"] ?? req.headers.host
  if (typeof host !== "string" || !/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return app.config.publicUrl
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http"
  return `${proto}://${host}`
}

/** An intent's `next_action` for 3-D Secure: the emulator's challenge page, which sends the browser back to `returnUrl`. */
export function challengeRedirect(app: App, req: ApiRequest | null, intentId: string, returnUrl: string | null) {
  const page = `${publicBase(app, req)}/3ds/${intentId}`
  return {
    type: "redirect_to_url" as const,
    redirect_to_url: { url: returnUrl ? appendQuery(page, { return_url: returnUrl }) : page, return_url: returnUrl },
  }
}
