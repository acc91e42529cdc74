/** Tiny method + path-pattern router (`/v1/payment_intents/:id/capture`). */
import type { ApiRequest, App } from "./types"

/**
 * Who may call a route:
 *  - `secret`: secret/restricted keys (`sk_test_`, `rk_test_`)
 *  - `publishable`: also publishable keys (`pk_test_`), as Stripe.js does
 *  - `none`: no API key (browser pages, emulator control endpoints)
 */
export type AuthPolicy = "secret" | "publishable" | "none"

/** A handler returns a JSON-serialisable object (HTTP 200) or a {@link RawReply}. */
export type Handler = (req: ApiRequest, app: App) => unknown | Promise<unknown>

export class RawReply {
  constructor(
    readonly status: number,
    readonly contentType: string,
    readonly body: string,
    readonly headers: Record<string, string> = {}
  ) {}
}

export const jsonReply = (value: unknown, status = 200): RawReply =>
  new RawReply(status, "application/json", JSON.stringify(value, null, 2))
export const htmlReply = (html: string, status = 200): RawReply => new RawReply(status, "text/html; charset=utf-8", html)
export const jsReply = (js: string): RawReply =>
  new RawReply(200, "application/javascript; charset=utf-8", js, { "Cache-Control": "no-store" })
export const redirectReply = (location: string): RawReply =>
  new RawReply(303, "text/plain; charset=utf-8", `Redirecting to ${location}`, { Location: location })

interface Route {
  method: string
  regex: RegExp
  keys: string[]
  handler: Handler
  auth: AuthPolicy
}

export interface RouteMatch {
  handler: Handler
  auth: AuthPolicy
  params: Record<string, string>
}

export class Router {
  private readonly routes: Route[] = []

  add(method: string, pattern: string, handler: Handler, auth: AuthPolicy = "secret"): this {
    const keys: string[] = []
    const source = pattern
      .split("/")
      .map((seg) => {
        if (seg.startsWith(":")) {
          keys.push(seg.slice(1))
          return "([^/]+)"
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      })
      .join("/")
    this.routes.push({ method, regex: new RegExp(`^${source}/?$`), keys, handler, auth })
    return this
  }

  get(pattern: string, handler: Handler, auth?: AuthPolicy): this {
    return this.add("GET", pattern, handler, auth)
  }

  post(pattern: string, handler: Handler, auth?: AuthPolicy): this {
    return this.add("POST", pattern, handler, auth)
  }

  delete(pattern: string, handler: Handler, auth?: AuthPolicy): this {
    return this.add("DELETE", pattern, handler, auth)
  }

  match(method: string, path: string): RouteMatch | null {
    const wanted = method === "HEAD" ? "GET" : method
    for (const route of this.routes) {
      if (route.method !== wanted) continue
      const m = route.regex.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      route.keys.forEach((k, i) => {
        params[k] = decodeURIComponent(m[i + 1])
      })
      return { handler: route.handler, auth: route.auth, params }
    }
    return null
  }
}
