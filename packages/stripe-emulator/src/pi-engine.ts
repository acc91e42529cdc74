/**
 * PaymentIntent state machine:
 *
 *   requires_payment_method --(payment method)--> requires_confirmation
 *   requires_*  --confirm--> succeeded            (capture_method automatic[_async])
 *                        \-> requires_capture     (capture_method manual)
 *                        \-> requires_action      (3-D Secure card)  --3DS page--> succeeded / requires_capture
 *                        \-> requires_payment_method + last_payment_error (decline / failed 3DS)
 *   requires_capture --capture--> succeeded;   most states --cancel--> canceled
 */
import type Stripe from "stripe"
import type { ApiRequest, App, CardBehavior } from "./types"
import { challengeRedirect } from "./types"
import { cardError, invalidRequest, unexpectedState } from "./errors"
import { type FormObject, getBool, getObject, getString } from "./form"
import { createCardPaymentMethod, resolvePaymentMethod, attachPaymentMethod } from "./payment-methods"
import { createCharge } from "./charges"
import { clone } from "./util"
import { docUrl } from "./errors"

const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

/** What a publishable key may see of a PaymentIntent (Stripe hides e.g. metadata and customer). */
export function publicView(pi: Stripe.PaymentIntent): Partial<Stripe.PaymentIntent> {
  const view: Partial<Stripe.PaymentIntent> = clone(pi)
  for (const key of [
    "metadata",
    "customer",
    "amount_capturable",
    "amount_received",
    "application",
    "application_fee_amount",
    "latest_charge",
    "on_behalf_of",
    "review",
    "transfer_data",
    "transfer_group",
    "statement_descriptor",
    "statement_descriptor_suffix",
    "payment_method_options",
    "payment_method_configuration_details",
  ] as const) {
    delete view[key]
  }
  return view
}

function viewFor(req: ApiRequest | null, pi: Stripe.PaymentIntent): unknown {
  return req?.auth?.kind === "publishable" ? publicView(pi) : clone(pi)
}

function pmId(pi: Stripe.PaymentIntent): string | null {
  return typeof pi.payment_method === "string" ? pi.payment_method : (pi.payment_method?.id ?? null)
}

/** Picks the payment method for a confirmation: `payment_method`, `payment_method_data` or the one already set. */
function paymentMethodForConfirm(app: App, pi: Stripe.PaymentIntent, p: FormObject): Stripe.PaymentMethod | null {
  const data = getObject(p, "payment_method_data")
  if (data) return createCardPaymentMethod(app, data, "payment_method_data")
  const id = getString(p, "payment_method")
  if (id) return resolvePaymentMethod(app, id)
  const current = pmId(pi)
  return current ? app.store.require("paymentMethods", current, "payment_method") : null
}

/** Marks the intent as authorised (manual capture) or paid (automatic capture). */
export function authorize(
  app: App,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  req: ApiRequest | null,
  threeDSecure = false
): void {
  const charge = createCharge(app, { pi, pm, threeDSecure })
  pi.latest_charge = charge.id
  pi.payment_method = pm.id
  pi.last_payment_error = null
  pi.next_action = null
  if (pi.capture_method === "manual") {
    pi.status = "requires_capture"
    pi.amount_capturable = pi.amount
  } else {
    pi.status = "succeeded"
    pi.amount_received = pi.amount
    pi.amount_capturable = 0
  }
  const customer = typeof pi.customer === "string" ? pi.customer : pi.customer?.id
  if (pi.setup_future_usage && customer && !pm.customer) attachPaymentMethod(app, pm, customer)
  app.events.emit("charge.succeeded", charge, req)
  app.events.emit(pi.status === "succeeded" ? "payment_intent.succeeded" : "payment_intent.amount_capturable_updated", pi, req)
}

function decline(app: App, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, behavior: CardBehavior, req: ApiRequest | null): never {
  const charge = createCharge(app, { pi, pm, failure: behavior })
  const code = behavior.code ?? "card_declined"
  const message = behavior.message ?? "Your card was declined."
  pi.status = "requires_payment_method"
  pi.latest_charge = charge.id
  pi.payment_method = null
  pi.next_action = null
  pi.last_payment_error = {
    charge: charge.id,
    code: code as Stripe.PaymentIntent.LastPaymentError.Code,
    decline_code: behavior.declineCode,
    doc_url: docUrl(code),
    message,
    payment_method: clone(pm),
    type: "card_error",
  }
  app.events.emit("charge.failed", charge, req)
  app.events.emit("payment_intent.payment_failed", pi, req)
  throw cardError(message, {
    code,
    declineCode: behavior.declineCode,
    extra: { charge: charge.id, payment_intent: viewFor(req, pi), payment_method: clone(pm) },
  })
}

function requireAction(
  app: App,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  returnUrl: string | null,
  req: ApiRequest | null
): void {
  pi.status = "requires_action"
  pi.payment_method = pm.id
  pi.next_action = challengeRedirect(app, req, pi.id, returnUrl)
  app.events.emit("payment_intent.requires_action", pi, req)
}

/** Confirms the intent. Declines are thrown as a 402 card_error after the state change is saved. */
export function confirmIntent(app: App, pi: Stripe.PaymentIntent, p: FormObject, req: ApiRequest | null): void {
  if (!CONFIRMABLE.includes(pi.status)) {
    const msg =
      pi.status === "succeeded"
        ? "You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed."
        : `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(", ")}.`
    throw unexpectedState(msg, { payment_intent: viewFor(req, pi) })
  }
  const returnUrl = getString(p, "return_url") || null
  const apm = pi.automatic_payment_methods
  if (req?.auth?.kind === "secret" && apm?.enabled && apm.allow_redirects !== "never" && !returnUrl) {
    throw invalidRequest(
      "This PaymentIntent is configured to accept payment methods enabled in your Dashboard, some of which may require a full page redirect to succeed. " +
        "If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and " +
        "`automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents."
    )
  }
  const pm = paymentMethodForConfirm(app, pi, p)
  if (!pm) {
    throw unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method " +
        "and then confirm it again, or confirm it again directly with a payment method or ConfirmationToken.",
      { payment_intent: viewFor(req, pi) }
    )
  }
  const behavior: CardBehavior = app.store.cardBehaviors[pm.id] ?? { outcome: "succeed" }
  const force3ds = pi.payment_method_options?.card?.request_three_d_secure === "any"
  const outcome = behavior.outcome === "succeed" && force3ds ? "authenticate" : behavior.outcome
  if (outcome === "decline") decline(app, pi, pm, behavior, req)
  if (outcome === "authenticate") {
    if (getBool(p, "off_session")) {
      decline(
        app,
        pi,
        pm,
        {
          outcome: "decline",
          code: "authentication_required",
          declineCode: "authentication_required",
          message: "Your card was declined. This transaction requires authentication.",
        },
        req
      )
    }
    requireAction(app, pi, pm, returnUrl, req)
    return
  }
  authorize(app, pi, pm, req)
}

/** Result of the 3-D Secure challenge page. */
export function completeAuthentication(app: App, pi: Stripe.PaymentIntent, success: boolean): void {
  if (pi.status !== "requires_action") {
    throw unexpectedState(`This PaymentIntent is not awaiting authentication (status: ${pi.status}).`, { payment_intent: clone(pi) })
  }
  const pm = app.store.require("paymentMethods", pmId(pi) ?? "", "payment_method")
  if (success) {
    authorize(app, pi, pm, null, true)
    return
  }
  pi.status = "requires_payment_method"
  pi.payment_method = null
  pi.next_action = null
  pi.last_payment_error = {
    code: "payment_intent_authentication_failure",
    doc_url: docUrl("payment_intent_authentication_failure"),
    message:
      "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
    payment_method: clone(pm),
    type: "invalid_request_error",
  }
  app.events.emit("payment_intent.payment_failed", pi, null)
}

export { viewFor, pmId }
