/**
 * HTTP request pipeline: CORS, routing, body parsing, API-key auth,
 * Idempotency-Key replay and Stripe-shaped error responses.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http"
import type { ApiRequest, App, AuthKind } from "./types"
import type { Router, RouteMatch } from "./router"
import { RawReply } from "./router"
import { authError, invalidRequest, StripeApiError } from "./errors"
import { type FormObject, fromJson, parseForm } from "./form"
import { newId } from "./util"

const MAX_BODY = 1024 * 1024

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers":
    "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account, X-Stripe-Client-User-Agent",
  "Access-Control-Expose-Headers": "Request-Id, Stripe-Version, Idempotency-Key, Original-Request",
  "Access-Control-Max-Age": "300",
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(invalidRequest("Request body too large.", { status: 413 }))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function parseBody(raw: string, contentType: string | undefined): FormObject {
  if (!raw) return {}
  if (contentType?.includes("application/json")) {
    try {
      const value = fromJson(JSON.parse(raw))
      return typeof value === "object" && !Array.isArray(value) ? value : {}
    } catch {
      throw invalidRequest("Invalid JSON body.")
    }
  }
  return parseForm(raw)
}

function mask(key: string): string {
  const prefix = key.slice(0, key.indexOf("_", 3) + 1) || key.slice(0, 3)
  return prefix + "*".repeat(Math.max(0, key.length - prefix.length - 4)) + key.slice(-4)
}

/** Validates `Authorization: Bearer <key>` (or Basic with the key as user name). */
function authenticate(req: IncomingMessage, policy: RouteMatch["auth"]): ApiRequest["auth"] {
  const header = req.headers.authorization ?? ""
  let key = ""
  if (/^bearer /i.test(header)) key = header.slice(7).trim()
  else if (/^basic /i.test(header)) key = Buffer.from(header.slice(6).trim(), "base64").toString("utf8").split(":")[0]
  if (policy === "none") return null
  if (!key) {
    throw authError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). " +
        "See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."
    )
  }
  const m = /^(sk|rk|pk)_(test|live)_[A-Za-z0-9_]+$/.exec(key)
  if (!m) throw authError(`Invalid API Key provided: ${mask(key)}`)
  if (m[2] === "live") throw authError(`Invalid API Key provided: ${mask(key)}. The Stripe emulator only accepts test mode keys.`)
  const kind: AuthKind = m[1] === "pk" ? "publishable" : "secret"
  if (kind === "publishable" && policy === "secret") {
    throw authError(
      "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys."
    )
  }
  return { key, kind }
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...CORS_HEADERS, ...headers, "Content-Type": contentType, "Content-Length": String(Buffer.byteLength(body)) })
  res.end(body)
}

function errorBody(err: StripeApiError, requestId: string): string {
  const body = { ...err.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` }
  return JSON.stringify({ error: body }, null, 2)
}

export function createRequestListener(app: App, router: Router, log?: (line: string) => void): RequestListener {
  return (req, res) => {
    const started = Date.now()
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://emulator.local")
    const requestId = newId("req", 14)
    const version = typeof req.headers["stripe-version"] === "string" ? req.headers["stripe-version"] : app.config.apiVersion
    const baseHeaders: Record<string, string> = { "Request-Id": requestId, "Stripe-Version": version }
    const finish = (status: number, contentType: string, body: string, headers: Record<string, string> = {}) => {
      send(res, status, contentType, body, { ...baseHeaders, ...headers })
      log?.(`${method} ${url.pathname} ${status} ${Date.now() - started}ms`)
    }
    const fail = (err: unknown) => {
      const e =
        err instanceof StripeApiError
          ? err
          : new StripeApiError(500, {
              type: "api_error",
              message: `Stripe emulator internal error: ${err instanceof Error ? err.message : String(err)}`,
            })
      if (!(err instanceof StripeApiError)) log?.(`internal error: ${err instanceof Error ? err.stack : String(err)}`)
      finish(e.status, "application/json", errorBody(e, requestId), { ...e.headers, "Stripe-Should-Retry": "false" })
    }

    if (method === "OPTIONS") {
      finish(204, "text/plain", "")
      return
    }
    const match = router.match(method, url.pathname)
    if (!match) {
      fail(
        invalidRequest(
          `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
          { status: 404 }
        )
      )
      return
    }
    void (async () => {
      const raw = method === "POST" ? await readBody(req) : ""
      const query = parseForm(url.search.slice(1))
      const body = method === "POST" ? { ...query, ...parseBody(raw, req.headers["content-type"]) } : query
      const auth = authenticate(req, match.auth)
      const idemHeader = req.headers["idempotency-key"]
      const idempotencyKey = typeof idemHeader === "string" && idemHeader ? idemHeader : null
      const apiReq: ApiRequest = {
        method,
        path: url.pathname,
        params: match.params,
        body,
        query,
        headers: req.headers,
        auth,
        requestId,
        idempotencyKey,
      }

      const cacheKey = method === "POST" && idempotencyKey && match.auth !== "none" ? `${url.pathname} ${idempotencyKey}` : null
      const fingerprint = JSON.stringify(body)
      const cached = cacheKey ? app.store.idempotency.get(cacheKey) : undefined
      if (cached) {
        if (cached.fingerprint !== fingerprint) {
          throw new StripeApiError(400, {
            type: "idempotency_error",
            message:
              "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
              `Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          })
        }
        finish(cached.status, "application/json", cached.body, {
          "Idempotency-Key": idempotencyKey as string,
          "Idempotent-Replayed": "true",
          "Original-Request": cached.requestId,
        })
        return
      }

      let status: number
      let text: string
      let contentType = "application/json"
      let extraHeaders: Record<string, string> = {}
      try {
        const result = await match.handler(apiReq, app)
        if (result instanceof RawReply) {
          ;({ status, body: text, contentType } = result)
          extraHeaders = result.headers
        } else {
          status = 200
          text = JSON.stringify(result, null, 2)
        }
      } catch (err) {
        if (!(err instanceof StripeApiError)) throw err
        status = err.status
        text = errorBody(err, requestId)
        extraHeaders = { ...err.headers, "Stripe-Should-Retry": "false" }
      }
      if (cacheKey && (status < 300 || status === 402)) {
        app.store.idempotency.set(cacheKey, { fingerprint, status, body: text, requestId })
      }
      if (idempotencyKey) extraHeaders["Idempotency-Key"] = idempotencyKey
      if (method !== "GET") app.store.save()
      finish(status, contentType, text, extraHeaders)
    })().catch(fail)
  }
}
