/**
 * 3-D Secure challenge stand-in.
 *   GET  /3ds/:id            accessible HTML page with "Complete authentication" / "Fail authentication"
 *   POST /3ds/:id/complete   -> succeeded / requires_capture
 *   POST /3ds/:id/fail       -> requires_payment_method + last_payment_error
 * POST answers: JSON (`Accept: application/json`), an iframe page that posts the
 * result to the parent window (`?mode=iframe`, used by the Stripe.js stand-in),
 * or a 303 redirect to the return_url with Stripe's query parameters.
 */
import type Stripe from "stripe"
import type { ApiRequest, App } from "./types"
import type { Router } from "./router"
import { htmlReply, jsonReply, redirectReply, type RawReply } from "./router"
import { StripeApiError } from "./errors"
import { completeAuthentication } from "./pi-engine"
import { completeSetupAuthentication } from "./setup-intents"
import { appendQuery, escapeHtml, formatAmount } from "./util"

type Intent = Stripe.PaymentIntent | Stripe.SetupIntent

function findIntent(app: App, id: string): Intent | undefined {
  return id.startsWith("seti_") ? app.store.setupIntents[id] : app.store.paymentIntents[id]
}

function returnUrlOf(intent: Intent, req: ApiRequest): string | null {
  const stored = intent.next_action?.redirect_to_url?.return_url
  const fromQuery = typeof req.query.return_url === "string" ? req.query.return_url : null
  return stored || fromQuery || null
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Stripe emulator</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; background: #f6f8fa; color: #1a1f36; margin: 0; padding: 24px; }
  main { max-width: 420px; margin: 0 auto; background: #fff; border-radius: 8px; padding: 24px; box-shadow: 0 2px 8px rgba(0,0,0,.12); }
  h1 { font-size: 1.25rem; margin: 0 0 12px; }
  .badge { display: inline-block; background: #ffde92; color: #5c3b00; font-weight: 700; font-size: .75rem; padding: 2px 8px; border-radius: 4px; margin: 0 0 12px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 16px 0; }
  dt { color: #4f566b; } dd { margin: 0; font-weight: 600; }
  .actions { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 20px; }
  button { font: inherit; padding: 10px 16px; border-radius: 6px; border: 1px solid #8792a2; background: #fff; color: #1a1f36; cursor: pointer; }
  button.primary { background: #635bff; border-color: #635bff; color: #fff; }
  button:focus-visible, a:focus-visible { outline: 3px solid #0a2540; outline-offset: 2px; }
</style>
</head>
<body>
<main aria-labelledby="title">
<p class="badge">TEST MODE</p>
${body}
</main>
</body>
</html>`
}

function describeIntent(app: App, intent: Intent): string {
  const pmId = typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id
  const card = pmId ? app.store.paymentMethods[pmId]?.card : undefined
  const rows: string[] = []
  if (intent.object === "payment_intent") rows.push(`<dt>Amount</dt><dd>${escapeHtml(formatAmount(intent.amount, intent.currency))}</dd>`)
  if (card) rows.push(`<dt>Card</dt><dd>${escapeHtml(card.brand.toUpperCase())} •••• ${escapeHtml(card.last4)}</dd>`)
  rows.push(`<dt>Reference</dt><dd><code>${escapeHtml(intent.id)}</code></dd>`)
  return `<dl>${rows.join("")}</dl>`
}

function challengePage(req: ApiRequest, app: App): RawReply {
  const intent = findIntent(app, req.params.id)
  if (!intent)
    return htmlReply(
      page("Not found", `<h1 id="title">Payment not found</h1><p>No payment with id <code>${escapeHtml(req.params.id)}</code>.</p>`),
      404
    )
  const returnUrl = returnUrlOf(intent, req)
  if (intent.status !== "requires_action") {
    const link = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Return to the merchant</a></p>` : ""
    return htmlReply(
      page(
        "No authentication needed",
        `<h1 id="title">No authentication needed</h1><p>This payment does not require authentication (status: <code>${escapeHtml(intent.status)}</code>).</p>${link}`
      ),
      409
    )
  }
  const qs = new URLSearchParams()
  if (req.query.mode === "iframe") qs.set("mode", "iframe")
  if (returnUrl) qs.set("return_url", returnUrl)
  const suffix = qs.toString() ? `?${qs}` : ""
  const action = (result: string) => escapeHtml(`/3ds/${encodeURIComponent(intent.id)}/${result}${suffix}`)
  return htmlReply(
    page(
      "3D Secure authentication",
      `<h1 id="title">3D Secure authentication</h1>
<p>This page stands in for the card issuer's 3D Secure challenge. It is served by the local Stripe emulator: no real bank or payment is involved.</p>
${describeIntent(app, intent)}
<div class="actions" role="group" aria-label="Authentication result">
<form method="post" action="${action("complete")}"><button id="complete-3ds" class="primary" type="submit">Complete authentication</button></form>
<form method="post" action="${action("fail")}"><button id="fail-3ds" type="submit">Fail authentication</button></form>
</div>`
    )
  )
}

function wantsJson(req: ApiRequest): boolean {
  return String(req.headers.accept ?? "").includes("application/json") || req.query.format === "json"
}

function finish(success: boolean) {
  return (req: ApiRequest, app: App): RawReply => {
    const intent = findIntent(app, req.params.id)
    const json = wantsJson(req)
    const returnUrl = intent ? returnUrlOf(intent, req) : null
    try {
      if (!intent)
        throw new StripeApiError(404, {
          type: "invalid_request_error",
          code: "resource_missing",
          message: `No such intent: '${req.params.id}'`,
        })
      if (intent.object === "setup_intent") completeSetupAuthentication(app, intent, success)
      else completeAuthentication(app, intent, success)
    } catch (err) {
      if (!(err instanceof StripeApiError)) throw err
      if (json) return jsonReply({ error: err.body }, err.status)
      return htmlReply(
        page("Authentication unavailable", `<h1 id="title">Authentication unavailable</h1><p>${escapeHtml(err.body.message)}</p>`),
        err.status
      )
    }
    const status = success ? "succeeded" : "failed"
    const isSetup = intent.object === "setup_intent"
    const redirectUrl = returnUrl
      ? appendQuery(returnUrl, {
          [isSetup ? "setup_intent" : "payment_intent"]: intent.id,
          [isSetup ? "setup_intent_client_secret" : "payment_intent_client_secret"]: intent.client_secret ?? "",
          redirect_status: status,
        })
      : null
    if (json) return jsonReply({ object: "three_d_secure_result", result: status, [intent.object]: intent, redirect_url: redirectUrl })
    if (req.query.mode === "iframe") {
      const message = JSON.stringify({ type: "stripe-emulator:3ds-result", intent: intent.id, result: status })
      return htmlReply(
        page(
          "Authentication finished",
          `<h1 id="title">Authentication ${status === "succeeded" ? "complete" : "failed"}</h1>
<script>window.parent.postMessage(${message.replace(/</g, "\\u003c")}, '*');</script>`
        )
      )
    }
    if (redirectUrl) return redirectReply(redirectUrl)
    return htmlReply(
      page(
        "Authentication finished",
        `<h1 id="title">Authentication ${status === "succeeded" ? "complete" : "failed"}</h1><p>You can close this window.</p>`
      )
    )
  }
}

export function registerThreeDSRoutes(router: Router): void {
  router.get("/3ds/:id", challengePage, "none")
  router.post("/3ds/:id/complete", finish(true), "none")
  router.post("/3ds/:id/fail", finish(false), "none")
}
