/** `/v1/payment_intents` routes. The state machine lives in ./pi-engine. */
import type Stripe from "stripe"
import type { ApiRequest, App } from "./types"
import type { Router } from "./router"
import { invalidRequest, resourceMissing, unexpectedState } from "./errors"
import {
  applyMetadata,
  type FormObject,
  getBool,
  getEnum,
  getInt,
  getNullableString,
  getObject,
  getString,
  getStringArray,
  requireInt,
  requireString,
  toAddress,
} from "./form"
import { createCardPaymentMethod, resolvePaymentMethod } from "./payment-methods"
import { captureCharge, releaseCharge } from "./charges"
import { confirmIntent, viewFor } from "./pi-engine"
import { expand } from "./expand"
import { paginate } from "./list"
import { clone, MINIMUM_AMOUNTS, newId, nowSeconds, randomString, ZERO_DECIMAL } from "./util"

const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
const UPDATABLE_AMOUNT = ["requires_payment_method", "requires_confirmation", "requires_action"]

function validateAmount(amount: number, currency: string): void {
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, { param: "currency" })
  if (amount < 1)
    throw invalidRequest("This value must be greater than or equal to 1.", { param: "amount", code: "parameter_invalid_integer" })
  const min = MINIMUM_AMOUNTS[currency]
  if (min !== undefined && amount < min) {
    const shown = ZERO_DECIMAL.has(currency) ? String(min) : (min / 100).toFixed(2)
    throw invalidRequest(`Amount must be at least ${shown} ${currency}`, { param: "amount", code: "amount_too_small" })
  }
}

function parseShipping(o: FormObject | undefined): Stripe.PaymentIntent.Shipping | null {
  if (!o) return null
  const s = (k: string) => (typeof o[k] === "string" && o[k] !== "" ? (o[k] as string) : null)
  return {
    address: toAddress(getObject(o, "address")),
    carrier: s("carrier"),
    name: s("name") ?? "",
    phone: s("phone"),
    tracking_number: s("tracking_number"),
  }
}

/** Parameters shared by create, update and confirm. */
function applyCommon(app: App, pi: Stripe.PaymentIntent, p: FormObject): void {
  const description = getNullableString(p, "description")
  if (description !== undefined) pi.description = description
  pi.metadata = applyMetadata(pi.metadata, p)
  const customer = getNullableString(p, "customer")
  if (customer) {
    const c = app.store.require("customers", customer, "customer")
    if ("deleted" in c && c.deleted) throw resourceMissing("customer", customer, "customer")
  }
  if (customer !== undefined) pi.customer = customer
  const capture = getEnum(p, "capture_method", ["automatic", "automatic_async", "manual"] as const)
  if (capture) pi.capture_method = capture
  const email = getNullableString(p, "receipt_email")
  if (email !== undefined) pi.receipt_email = email
  if (p.setup_future_usage === "") pi.setup_future_usage = null
  const sfu = getEnum(p, "setup_future_usage", ["on_session", "off_session"] as const)
  if (sfu) pi.setup_future_usage = sfu
  if (p.shipping !== undefined) pi.shipping = parseShipping(getObject(p, "shipping"))
  const sd = getNullableString(p, "statement_descriptor")
  if (sd !== undefined) pi.statement_descriptor = sd
  const sds = getNullableString(p, "statement_descriptor_suffix")
  if (sds !== undefined) pi.statement_descriptor_suffix = sds
  const tg = getNullableString(p, "transfer_group")
  if (tg !== undefined) pi.transfer_group = tg
  const card = getObject(getObject(p, "payment_method_options") ?? {}, "card")
  const r3ds =
    card &&
    getEnum(
      card,
      "request_three_d_secure",
      ["any", "automatic", "challenge"] as const,
      "payment_method_options[card][request_three_d_secure]"
    )
  if (r3ds && pi.payment_method_options?.card) pi.payment_method_options.card.request_three_d_secure = r3ds
  const multicapture =
    card && getEnum(card, "request_multicapture", ["if_available", "never"] as const, "payment_method_options[card][request_multicapture]")
  if (multicapture && pi.payment_method_options?.card) {
    ;(pi.payment_method_options.card as { request_multicapture?: string }).request_multicapture = multicapture
  }
}

/** Sets `payment_method`/`payment_method_data` without confirming (status -> requires_confirmation). */
function attachWithoutConfirm(app: App, pi: Stripe.PaymentIntent, p: FormObject): void {
  const data = getObject(p, "payment_method_data")
  const id = getString(p, "payment_method")
  if (!data && !id) return
  const pm = data ? createCardPaymentMethod(app, data, "payment_method_data") : resolvePaymentMethod(app, id as string)
  pi.payment_method = pm.id
  if (pi.status === "requires_payment_method" || pi.status === "requires_action") {
    pi.status = "requires_confirmation"
    pi.next_action = null
  }
}

function create(req: ApiRequest, app: App) {
  const p = req.body
  const amount = requireInt(p, "amount")
  const currency = requireString(p, "currency").toLowerCase()
  validateAmount(amount, currency)
  const types = getStringArray(p, "payment_method_types")
  const apmParam = getObject(p, "automatic_payment_methods")
  if (types && apmParam) {
    throw invalidRequest("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.")
  }
  const apmEnabled = !types && (apmParam ? getBool(apmParam, "enabled", "automatic_payment_methods[enabled]") !== false : true)
  const allowRedirects =
    apmParam && getEnum(apmParam, "allow_redirects", ["always", "never"] as const, "automatic_payment_methods[allow_redirects]")
  const id = newId("pi")
  const pi: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} } as Stripe.PaymentIntent.AmountDetails,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: apmEnabled ? { allow_redirects: allowRedirects || "always", enabled: true } : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${randomString(25)}`,
    confirmation_method: "automatic",
    created: nowSeconds(),
    currency,
    customer: null,
    description: null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: apmEnabled ? { id: "pmc_stripe_emulator_default", parent: null } : null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" },
    } as Stripe.PaymentIntent.PaymentMethodOptions,
    payment_method_types: types ?? ["card"],
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  }
  applyCommon(app, pi, p)
  const confirm = getBool(p, "confirm") === true
  if (!confirm) attachWithoutConfirm(app, pi, p)
  app.store.paymentIntents[id] = pi
  app.store.track(id)
  app.events.emit("payment_intent.created", pi, req)
  if (confirm) confirmIntent(app, pi, p, req)
  return expand(pi, p, app.store)
}

function retrieve(req: ApiRequest, app: App) {
  const pi = app.store.require("paymentIntents", req.params.id)
  if (req.auth?.kind === "publishable") {
    const secret = getString(req.query, "client_secret")
    if (!secret) throw resourceMissing("payment_intent", pi.id)
    if (secret !== pi.client_secret) {
      throw invalidRequest("The client_secret provided does not match the client_secret associated with the PaymentIntent.", {
        param: "client_secret",
      })
    }
    return viewFor(req, pi)
  }
  return expand(pi, req.query, app.store)
}

function update(req: ApiRequest, app: App) {
  const pi = app.store.require("paymentIntents", req.params.id)
  const p = req.body
  const restricted = ["amount", "currency", "payment_method", "payment_method_data", "payment_method_types", "capture_method"]
  const touched = restricted.find((k) => p[k] !== undefined)
  if (touched && !UPDATABLE_AMOUNT.includes(pi.status)) {
    throw unexpectedState(
      `This PaymentIntent's ${touched} could not be updated because it has a status of ${pi.status}. ` +
        `You may only update the ${touched} of a PaymentIntent with one of the following statuses: ${UPDATABLE_AMOUNT.join(", ")}.`,
      { payment_intent: clone(pi) }
    )
  }
  const amount = getInt(p, "amount")
  const currency = getString(p, "currency")?.toLowerCase()
  if (amount !== undefined || currency !== undefined) validateAmount(amount ?? pi.amount, currency ?? pi.currency)
  if (amount !== undefined) pi.amount = amount
  if (currency !== undefined) pi.currency = currency
  const types = getStringArray(p, "payment_method_types")
  if (types) pi.payment_method_types = types
  applyCommon(app, pi, p)
  attachWithoutConfirm(app, pi, p)
  return expand(pi, p, app.store)
}

function confirm(req: ApiRequest, app: App) {
  const pi = app.store.require("paymentIntents", req.params.id)
  const p = req.body
  if (req.auth?.kind === "publishable") {
    if (getString(p, "client_secret") !== pi.client_secret) {
      throw invalidRequest("The client_secret provided does not match the client_secret associated with the PaymentIntent.", {
        param: "client_secret",
      })
    }
    // The subset Stripe.js may send alongside a publishable-key confirmation.
    const allowed: FormObject = {}
    for (const k of ["receipt_email", "shipping", "setup_future_usage"]) if (p[k] !== undefined) allowed[k] = p[k]
    applyCommon(app, pi, allowed)
  } else {
    applyCommon(app, pi, p)
  }
  confirmIntent(app, pi, p, req)
  return req.auth?.kind === "publishable" ? viewFor(req, pi) : expand(pi, p, app.store)
}

function capture(req: ApiRequest, app: App) {
  const pi = app.store.require("paymentIntents", req.params.id)
  const p = req.body
  if (pi.status !== "requires_capture") {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${pi.status}. ` +
        "Only a PaymentIntent with one of the following statuses may be acted upon: requires_capture.",
      { payment_intent: clone(pi) }
    )
  }
  const amount = getInt(p, "amount_to_capture") ?? pi.amount_capturable
  if (amount < 1 || amount > pi.amount_capturable) {
    throw invalidRequest(`The amount to capture (${amount}) must be between 1 and the amount capturable (${pi.amount_capturable}).`, {
      param: "amount_to_capture",
      code: "amount_too_large",
    })
  }
  const charge = app.store.require("charges", String(pi.latest_charge), "payment_intent")
  // Multicapture: `final_capture=false` keeps the rest of the authorization capturable.
  const final = getBool(p, "final_capture") !== false
  if (!final && charge.payment_method_details?.card?.multicapture?.status !== "available") {
    throw invalidRequest(
      "Multicapture is not available for this PaymentIntent: create it with payment_method_options[card][request_multicapture]=if_available and a card that supports it.",
      { param: "final_capture" }
    )
  }
  pi.metadata = applyMetadata(pi.metadata, p)
  const last = final || amount === pi.amount_capturable
  captureCharge(charge, amount, last)
  pi.amount_received += amount
  pi.amount_capturable = last ? 0 : pi.amount_capturable - amount
  if (last) pi.status = "succeeded"
  app.events.emit("charge.captured", charge, req)
  app.events.emit(last ? "payment_intent.succeeded" : "payment_intent.amount_capturable_updated", pi, req)
  return expand(pi, p, app.store)
}

function cancel(req: ApiRequest, app: App) {
  const pi = app.store.require("paymentIntents", req.params.id)
  if (!CANCELABLE.includes(pi.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. ` +
        `Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
      { payment_intent: clone(pi) }
    )
  }
  const reason = getEnum(req.body, "cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const)
  if (pi.status === "requires_capture" && pi.latest_charge) {
    const charge = app.store.charges[String(pi.latest_charge)]
    if (charge) releaseCharge(charge)
  }
  pi.status = "canceled"
  pi.canceled_at = nowSeconds()
  pi.cancellation_reason = reason ?? null
  pi.amount_capturable = 0
  pi.next_action = null
  app.events.emit("payment_intent.canceled", pi, req)
  return expand(pi, req.body, app.store)
}

function list(req: ApiRequest, app: App) {
  const customer = getString(req.query, "customer")
  const items = app.store.sorted(app.store.paymentIntents).filter((pi) => !customer || pi.customer === customer)
  return expand(paginate(items, req.query, "/v1/payment_intents"), req.query, app.store)
}

export function registerPaymentIntentRoutes(router: Router): void {
  router
    .post("/v1/payment_intents", create)
    .get("/v1/payment_intents", list)
    .get("/v1/payment_intents/:id", retrieve, "publishable")
    .post("/v1/payment_intents/:id", update)
    .post("/v1/payment_intents/:id/confirm", confirm, "publishable")
    .post("/v1/payment_intents/:id/capture", capture)
    .post("/v1/payment_intents/:id/cancel", cancel)
}
