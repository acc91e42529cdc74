/** Charges created by PaymentIntent confirmation, capture bookkeeping, and `/v1/charges` routes. */
import type Stripe from "stripe"
import type { App, CardBehavior } from "./types"
import type { Router } from "./router"
import { getString } from "./form"
import { paginate } from "./list"
import { expand } from "./expand"
import { newId, nowSeconds, randomString } from "./util"

/** The card networks Stripe offers multicapture on. */
const MULTICAPTURE_BRANDS = new Set(["visa", "mastercard", "amex", "discover"])

/** Whether a manual-capture intent asked for multicapture and the card's network offers it (as Stripe decides at authorization). */
function multicaptureAvailable(pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod): boolean {
  const requested = (pi.payment_method_options?.card as { request_multicapture?: string } | undefined)?.request_multicapture
  return pi.capture_method === "manual" && requested === "if_available" && MULTICAPTURE_BRANDS.has(String(pm.card?.brand))
}

function cardDetails(
  pm: Stripe.PaymentMethod,
  amount: number,
  threeDSecure: boolean,
  multicapture: boolean
): Stripe.Charge.PaymentMethodDetails {
  const card = pm.card as Stripe.PaymentMethod.Card
  return {
    type: "card",
    card: {
      amount_authorized: amount,
      authorization_code: randomString(6).toUpperCase(),
      brand: card.brand,
      checks: card.checks,
      country: card.country,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      extended_authorization: { status: "disabled" },
      fingerprint: card.fingerprint,
      funding: card.funding,
      incremental_authorization: { status: "unavailable" },
      installments: null,
      last4: card.last4,
      mandate: null,
      multicapture: { status: multicapture ? "available" : "unavailable" },
      network: card.brand,
      network_token: { used: false },
      network_transaction_id: randomString(15),
      overcapture: { maximum_amount_capturable: amount, status: "unavailable" },
      regulated_status: card.regulated_status,
      three_d_secure: threeDSecure
        ? ({
            authentication_flow: "challenge",
            result: "authenticated",
            result_reason: null,
            version: "2.2.0",
          } as Stripe.Charge.PaymentMethodDetails.Card.ThreeDSecure)
        : null,
      wallet: null,
    } as Stripe.Charge.PaymentMethodDetails.Card,
  } as Stripe.Charge.PaymentMethodDetails
}

export interface ChargeInput {
  pi: Stripe.PaymentIntent
  pm: Stripe.PaymentMethod
  /** undefined = success */
  failure?: CardBehavior
  threeDSecure?: boolean
}

export function createCharge(app: App, { pi, pm, failure, threeDSecure = false }: ChargeInput): Stripe.Charge {
  const captured = !failure && pi.capture_method !== "manual"
  const charge: Stripe.Charge = {
    id: newId("ch"),
    object: "charge",
    amount: pi.amount,
    amount_captured: captured ? pi.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: captured ? newId("txn") : null,
    billing_details: pm.billing_details,
    calculated_statement_descriptor: "STRIPE EMULATOR",
    captured,
    created: nowSeconds(),
    currency: pi.currency,
    customer: typeof pi.customer === "string" ? pi.customer : (pi.customer?.id ?? null),
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure ? (failure.code ?? "card_declined") : null,
    failure_message: failure ? (failure.message ?? "Your card was declined.") : null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: failure
      ? ({
          network_status: "declined_by_network",
          reason: failure.declineCode ?? "generic_decline",
          risk_level: "normal",
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        } as Stripe.Charge.Outcome)
      : ({
          network_status: "approved_by_network",
          reason: null,
          risk_level: "normal",
          seller_message: "Payment complete.",
          type: "authorized",
        } as Stripe.Charge.Outcome),
    paid: !failure,
    payment_intent: pi.id,
    payment_method: pm.id,
    payment_method_details: cardDetails(pm, pi.amount, threeDSecure, !failure && multicaptureAvailable(pi, pm)),
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: pi.shipping as Stripe.Charge.Shipping | null,
    source: null,
    source_transfer: null,
    statement_descriptor: pi.statement_descriptor,
    statement_descriptor_suffix: pi.statement_descriptor_suffix,
    status: failure ? "failed" : "succeeded",
    transfer_data: null,
    transfer_group: pi.transfer_group,
  }
  app.store.charges[charge.id] = charge
  app.store.track(charge.id)
  return charge
}

/** Sum of refunds (not counting the released uncaptured remainder). */
export function refundedAmount(app: App, charge: Stripe.Charge): number {
  return Object.values(app.store.refunds)
    .filter((r) => r.charge === charge.id && r.status !== "failed" && r.status !== "canceled")
    .reduce((sum, r) => sum + r.amount, 0)
}

/**
 * Captures `amount` on top of what earlier (multicapture) captures took. A final capture releases
 * any uncaptured remainder (shown as refunded, like Stripe); a non-final one leaves it capturable.
 */
export function captureCharge(charge: Stripe.Charge, amount: number, final = true): void {
  charge.captured = true
  charge.amount_captured += amount
  if (final) charge.amount_refunded += charge.amount - charge.amount_captured
  charge.balance_transaction = newId("txn")
}

/** Releases an uncaptured authorisation (PaymentIntent canceled while requires_capture). */
export function releaseCharge(charge: Stripe.Charge): void {
  charge.amount_refunded = charge.amount
  charge.refunded = true
}

export function registerChargeRoutes(router: Router): void {
  router.get("/v1/charges/:id", (req, app) => expand(app.store.require("charges", req.params.id), req.query, app.store))
  router.get("/v1/charges", (req, app) => {
    const pi = getString(req.query, "payment_intent")
    const customer = getString(req.query, "customer")
    const items = app.store
      .sorted(app.store.charges)
      .filter((c) => (!pi || c.payment_intent === pi) && (!customer || c.customer === customer))
    return expand(paginate(items, req.query, "/v1/charges"), req.query, app.store)
  })
}
