/** `/v1/setup_intents`: save a card for later (attached to the customer on success). */
import type Stripe from "stripe"
import type { ApiRequest, App, CardBehavior } from "./types"
import { challengeRedirect } from "./types"
import type { Router } from "./router"
import { cardError, invalidRequest, unexpectedState } from "./errors"
import { applyMetadata, type FormObject, getBool, getEnum, getNullableString, getObject, getString, getStringArray } from "./form"
import { attachPaymentMethod, createCardPaymentMethod, resolvePaymentMethod } from "./payment-methods"
import { expand } from "./expand"
import { clone, newId, nowSeconds, randomString } from "./util"
import { docUrl } from "./errors"

function customerId(si: Stripe.SetupIntent): string | null {
  return typeof si.customer === "string" ? si.customer : (si.customer?.id ?? null)
}

function succeed(app: App, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod, req: ApiRequest | null): void {
  si.status = "succeeded"
  si.payment_method = pm.id
  si.next_action = null
  si.last_setup_error = null
  const cus = customerId(si)
  if (cus && pm.customer !== cus) attachPaymentMethod(app, pm, cus)
  app.events.emit("setup_intent.succeeded", si, req)
}

function fail(app: App, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod, behavior: CardBehavior, req: ApiRequest | null): void {
  const code = behavior.code ?? "card_declined"
  si.status = "requires_payment_method"
  si.payment_method = null
  si.next_action = null
  si.last_setup_error = {
    code: code as Stripe.SetupIntent.LastSetupError.Code,
    decline_code: behavior.declineCode,
    doc_url: docUrl(code),
    message: behavior.message ?? "Your card was declined.",
    payment_method: clone(pm),
    type: behavior.outcome === "authenticate" ? "invalid_request_error" : "card_error",
  }
  app.events.emit("setup_intent.setup_failed", si, req)
}

export function confirmSetupIntent(app: App, si: Stripe.SetupIntent, p: FormObject, req: ApiRequest | null): void {
  if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(si.status)) {
    throw invalidRequest(`You cannot confirm this SetupIntent because it has a status of ${si.status}.`, {
      code: "setup_intent_unexpected_state",
      extra: { setup_intent: clone(si) },
    })
  }
  const data = getObject(p, "payment_method_data")
  const id = getString(p, "payment_method") ?? (typeof si.payment_method === "string" ? si.payment_method : null)
  const pm = data ? createCardPaymentMethod(app, data, "payment_method_data") : id ? resolvePaymentMethod(app, id) : null
  if (!pm) {
    throw invalidRequest("You cannot confirm this SetupIntent because it's missing a payment method.", {
      code: "setup_intent_unexpected_state",
    })
  }
  const behavior = app.store.cardBehaviors[pm.id] ?? { outcome: "succeed" }
  if (behavior.outcome === "decline") {
    fail(app, si, pm, behavior, req)
    throw cardError(behavior.message ?? "Your card was declined.", {
      code: behavior.code ?? "card_declined",
      declineCode: behavior.declineCode,
      extra: { setup_intent: clone(si), payment_method: clone(pm) },
    })
  }
  if (behavior.outcome === "authenticate") {
    const returnUrl = getString(p, "return_url") || null
    si.status = "requires_action"
    si.payment_method = pm.id
    si.next_action = challengeRedirect(app, req, si.id, returnUrl)
    app.events.emit("setup_intent.requires_action", si, req)
    return
  }
  succeed(app, si, pm, req)
}

export function completeSetupAuthentication(app: App, si: Stripe.SetupIntent, success: boolean): void {
  if (si.status !== "requires_action") {
    throw unexpectedState(`This SetupIntent is not awaiting authentication (status: ${si.status}).`, { setup_intent: clone(si) })
  }
  const pm = app.store.require("paymentMethods", String(si.payment_method), "payment_method")
  if (success) {
    succeed(app, si, pm, null)
    return
  }
  fail(
    app,
    si,
    pm,
    {
      outcome: "authenticate",
      code: "setup_intent_authentication_failure",
      message: "The latest attempt to set up the payment method has failed because authentication failed.",
    },
    null
  )
}

function create(req: ApiRequest, app: App) {
  const p = req.body
  const types = getStringArray(p, "payment_method_types")
  const id = newId("seti")
  const si: Stripe.SetupIntent = {
    id,
    object: "setup_intent",
    application: null,
    automatic_payment_methods: types ? null : { allow_redirects: "always", enabled: true },
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomString(25)}`,
    created: nowSeconds(),
    customer: getNullableString(p, "customer") ?? null,
    description: getNullableString(p, "description") ?? null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: applyMetadata({}, p),
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { mandate_options: null, network: null, request_three_d_secure: "automatic" },
    } as Stripe.SetupIntent.PaymentMethodOptions,
    payment_method_types: types ?? ["card"],
    single_use_mandate: null,
    status: "requires_payment_method",
    usage: getEnum(p, "usage", ["on_session", "off_session"] as const) ?? "off_session",
  }
  if (si.customer) app.store.require("customers", si.customer as string, "customer")
  const pmId = getString(p, "payment_method")
  if (pmId) {
    si.payment_method = resolvePaymentMethod(app, pmId).id
    si.status = "requires_confirmation"
  }
  app.store.setupIntents[id] = si
  app.store.track(id)
  app.events.emit("setup_intent.created", si, req)
  if (getBool(p, "confirm")) confirmSetupIntent(app, si, p, req)
  return expand(si, p, app.store)
}

function requireSecret(req: ApiRequest, si: Stripe.SetupIntent, source: FormObject): void {
  if (req.auth?.kind === "publishable" && getString(source, "client_secret") !== si.client_secret) {
    throw invalidRequest("The client_secret provided does not match the client_secret associated with the SetupIntent.", {
      param: "client_secret",
    })
  }
}

export function registerSetupIntentRoutes(router: Router): void {
  router.post("/v1/setup_intents", create)
  router.get(
    "/v1/setup_intents/:id",
    (req, app) => {
      const si = app.store.require("setupIntents", req.params.id)
      requireSecret(req, si, req.query)
      return expand(si, req.query, app.store)
    },
    "publishable"
  )
  router.post("/v1/setup_intents/:id", (req, app) => {
    const si = app.store.require("setupIntents", req.params.id)
    si.metadata = applyMetadata(si.metadata ?? {}, req.body)
    const description = getNullableString(req.body, "description")
    if (description !== undefined) si.description = description
    return si
  })
  router.post(
    "/v1/setup_intents/:id/confirm",
    (req, app) => {
      const si = app.store.require("setupIntents", req.params.id)
      requireSecret(req, si, req.body)
      confirmSetupIntent(app, si, req.body, req)
      return expand(si, req.body, app.store)
    },
    "publishable"
  )
  router.post("/v1/setup_intents/:id/cancel", (req, app) => {
    const si = app.store.require("setupIntents", req.params.id)
    if (si.status === "succeeded" || si.status === "canceled") {
      throw invalidRequest(`You cannot cancel this SetupIntent because it has a status of ${si.status}.`, {
        code: "setup_intent_unexpected_state",
      })
    }
    si.status = "canceled"
    si.cancellation_reason = getEnum(req.body, "cancellation_reason", ["abandoned", "duplicate", "requested_by_customer"] as const) ?? null
    app.events.emit("setup_intent.canceled", si, req)
    return si
  })
}
