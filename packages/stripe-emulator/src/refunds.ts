/** `/v1/refunds` routes. Refunds succeed immediately and emit refund.created + charge.refunded. */
import type Stripe from "stripe"
import type { ApiRequest, App } from "./types"
import type { Router } from "./router"
import { invalidRequest } from "./errors"
import { applyMetadata, getEnum, getInt, getString } from "./form"
import { refundedAmount } from "./charges"
import { expand } from "./expand"
import { paginate } from "./list"
import { newId, nowSeconds } from "./util"

function chargeFor(req: ApiRequest, app: App): Stripe.Charge {
  const piId = getString(req.body, "payment_intent")
  const chargeId = getString(req.body, "charge")
  if (!piId && !chargeId) {
    throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.")
  }
  if (chargeId) return app.store.require("charges", chargeId, "charge")
  const pi = app.store.require("paymentIntents", piId as string, "payment_intent")
  const charge = pi.latest_charge ? app.store.charges[String(pi.latest_charge)] : undefined
  if (!charge || charge.status !== "succeeded" || pi.status !== "succeeded") {
    throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { param: "payment_intent" })
  }
  return charge
}

function create(req: ApiRequest, app: App) {
  const charge = chargeFor(req, app)
  if (!charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured. Cancel the PaymentIntent to release the authorization instead.`, {
      code: "charge_not_refundable",
    })
  }
  const remaining = charge.amount_captured - refundedAmount(app, charge)
  if (remaining <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" })
  }
  const amount = getInt(req.body, "amount") ?? remaining
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", { param: "amount" })
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, {
      param: "amount",
      code: "amount_too_large",
    })
  }
  const reason = getEnum(req.body, "reason", ["duplicate", "fraudulent", "requested_by_customer"] as const) ?? null
  const refund: Stripe.Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: newId("txn"),
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    destination_details: {
      card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" },
      type: "card",
    } as Stripe.Refund.DestinationDetails,
    metadata: applyMetadata({}, req.body),
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null),
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  }
  app.store.refunds[refund.id] = refund
  app.store.track(refund.id)
  charge.amount_refunded += amount
  charge.refunded = refundedAmount(app, charge) >= charge.amount_captured
  app.events.emit("refund.created", refund, req)
  app.events.emit("charge.refunded", charge, req)
  return expand(refund, req.body, app.store)
}

export function registerRefundRoutes(router: Router): void {
  router.post("/v1/refunds", create)
  router.get("/v1/refunds/:id", (req, app) => expand(app.store.require("refunds", req.params.id), req.query, app.store))
  router.post("/v1/refunds/:id", (req, app) => {
    const refund = app.store.require("refunds", req.params.id)
    refund.metadata = applyMetadata(refund.metadata ?? {}, req.body)
    return refund
  })
  router.get("/v1/refunds", (req, app) => {
    const pi = getString(req.query, "payment_intent")
    const charge = getString(req.query, "charge")
    const items = app.store.sorted(app.store.refunds).filter((r) => (!pi || r.payment_intent === pi) && (!charge || r.charge === charge))
    return expand(paginate(items, req.query, "/v1/refunds"), req.query, app.store)
  })
}
