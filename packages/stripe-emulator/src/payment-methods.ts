/** PaymentMethods: test-card resolution, creation from raw card data, attach/detach and routes. */
import type Stripe from "stripe"
import type { App, ApiRequest, CardBehavior } from "./types"
import type { Router } from "./router"
import { cardError, invalidRequest, missingParam } from "./errors"
import { applyMetadata, type FormObject, getObject, getString, requireString } from "./form"
import { findTestCardByNumber, findTestCardByPaymentMethod, LIVE_CARD_IN_TEST_MODE, luhnValid } from "./cards"
import { createHash } from "node:crypto"
import { newId, nowSeconds } from "./util"
import { paginate } from "./list"
import { expand } from "./expand"

interface CardData {
  number: string
  brand: string
  funding: string
  country: string
  expMonth: number
  expYear: number
}

function parseBillingDetails(p: FormObject | undefined): Stripe.PaymentMethod.BillingDetails {
  const address = p ? getObject(p, "address") : undefined
  const s = (o: FormObject | undefined, k: string): string | null =>
    o && typeof o[k] === "string" && o[k] !== "" ? (o[k] as string) : null
  return {
    address: {
      city: s(address, "city"),
      country: s(address, "country"),
      line1: s(address, "line1"),
      line2: s(address, "line2"),
      postal_code: s(address, "postal_code"),
      state: s(address, "state"),
    },
    email: s(p, "email"),
    name: s(p, "name"),
    phone: s(p, "phone"),
    tax_id: null,
  }
}

function storePaymentMethod(app: App, card: CardData, behavior: CardBehavior, p: FormObject = {}): Stripe.PaymentMethod {
  const brand = card.brand
  const pm: Stripe.PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: parseBillingDetails(getObject(p, "billing_details")),
    card: {
      brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      country: card.country,
      display_brand: brand,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      fingerprint: createHash("sha256").update(card.number).digest("base64url").slice(0, 16),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: nowSeconds(),
    customer: null,
    livemode: false,
    metadata: applyMetadata({}, p),
    type: "card",
  }
  app.store.paymentMethods[pm.id] = pm
  app.store.cardBehaviors[pm.id] = behavior
  app.store.track(pm.id)
  return pm
}

/** Resolves `pm_card_visa`-style magic ids to a fresh PaymentMethod; otherwise looks the id up. */
export function resolvePaymentMethod(app: App, id: string, param = "payment_method"): Stripe.PaymentMethod {
  const test = findTestCardByPaymentMethod(id)
  if (test) {
    const now = new Date()
    const card = { ...test, expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() + 1 }
    return storePaymentMethod(app, card, test)
  }
  return app.store.require("paymentMethods", id, param)
}

/** Creates a card PaymentMethod from `card[number]`, `card[exp_month]`... validating like Stripe. */
export function createCardPaymentMethod(app: App, p: FormObject, prefix = ""): Stripe.PaymentMethod {
  const name = (k: string) => (prefix ? `${prefix}[${k}]` : k)
  const type = getString(p, "type", name("type")) ?? "card"
  if (type !== "card")
    throw invalidRequest(`The payment method type "${type}" is not supported by the Stripe emulator.`, { param: name("type") })
  const cardParam = (k: string) => `${name("card")}[${k}]`
  const c = getObject(p, "card", name("card"))
  if (!c) throw missingParam(name("card"))
  const number = requireString(c, "number", cardParam("number")).replace(/[\s-]/g, "")
  if (!luhnValid(number)) throw cardError("Your card number is incorrect.", { code: "incorrect_number", param: cardParam("number") })
  const expMonth = Number(requireString(c, "exp_month", cardParam("exp_month")))
  let expYear = Number(requireString(c, "exp_year", cardParam("exp_year")))
  if (expYear < 100) expYear += 2000
  const now = new Date()
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) {
    throw cardError("Your card's expiration month is invalid.", { code: "invalid_expiry_month", param: cardParam("exp_month") })
  }
  const year = now.getUTCFullYear()
  if (!Number.isInteger(expYear) || expYear < year || (expYear === year && expMonth < now.getUTCMonth() + 1) || expYear > year + 50) {
    throw cardError("Your card's expiration year is invalid.", { code: "invalid_expiry_year", param: cardParam("exp_year") })
  }
  const cvc = getString(c, "cvc", cardParam("cvc"))
  if (cvc !== undefined && !/^\d{3,4}$/.test(cvc)) {
    throw cardError("Your card's security code is invalid.", { code: "invalid_cvc", param: cardParam("cvc") })
  }
  const test = findTestCardByNumber(number)
  if (!test) {
    const b = LIVE_CARD_IN_TEST_MODE
    throw cardError(b.message as string, { code: b.code as string, declineCode: b.declineCode })
  }
  return storePaymentMethod(app, { ...test, number, expMonth, expYear }, test, p)
}

export function attachPaymentMethod(app: App, pm: Stripe.PaymentMethod, customerId: string): Stripe.PaymentMethod {
  const customer = app.store.require("customers", customerId, "customer")
  if ("deleted" in customer && customer.deleted)
    throw invalidRequest(`No such customer: '${customerId}'`, { code: "resource_missing", param: "customer" })
  if (pm.customer && pm.customer !== customerId) {
    throw invalidRequest("The payment method you provided has already been attached to a customer.", {
      code: "payment_method_unexpected_state",
    })
  }
  if (pm.customer !== customerId) {
    pm.customer = customerId
    app.events.emit("payment_method.attached", pm, null)
  }
  return pm
}

function requirePaymentMethod(app: App, id: string): Stripe.PaymentMethod {
  return findTestCardByPaymentMethod(id) ? resolvePaymentMethod(app, id, "id") : app.store.require("paymentMethods", id)
}

export function registerPaymentMethodRoutes(router: Router): void {
  router.post(
    "/v1/payment_methods",
    (req: ApiRequest, app: App) => {
      const pm = createCardPaymentMethod(app, req.body)
      if (typeof req.body.customer === "string" && req.auth?.kind === "secret") attachPaymentMethod(app, pm, req.body.customer)
      return pm
    },
    "publishable"
  )

  router.get("/v1/payment_methods", (req, app) => {
    const customer = getString(req.query, "customer")
    const type = getString(req.query, "type")
    const items = app.store
      .sorted(app.store.paymentMethods)
      .filter((pm) => (!customer || pm.customer === customer) && (!type || pm.type === type))
    return expand(paginate(items, req.query, "/v1/payment_methods"), req.query, app.store)
  })

  router.get("/v1/payment_methods/:id", (req, app) => expand(requirePaymentMethod(app, req.params.id), req.query, app.store))

  router.post("/v1/payment_methods/:id", (req, app) => {
    const pm = requirePaymentMethod(app, req.params.id)
    pm.metadata = applyMetadata(pm.metadata ?? {}, req.body)
    const billing = getObject(req.body, "billing_details")
    if (billing) pm.billing_details = parseBillingDetails(billing)
    return pm
  })

  router.post("/v1/payment_methods/:id/attach", (req, app) => {
    const pm = requirePaymentMethod(app, req.params.id)
    return attachPaymentMethod(app, pm, requireString(req.body, "customer"))
  })

  router.post("/v1/payment_methods/:id/detach", (req, app) => {
    const pm = requirePaymentMethod(app, req.params.id)
    if (!pm.customer) {
      throw invalidRequest("The payment method you provided is not attached to a customer so detachment is impossible.", {
        code: "payment_method_unexpected_state",
      })
    }
    pm.customer = null
    app.events.emit("payment_method.detached", pm, req)
    return pm
  })
}

/** Used by customers: `GET /v1/customers/:id/payment_methods`. */
export function listCustomerPaymentMethods(app: App, req: ApiRequest, customerId: string) {
  const type = getString(req.query, "type")
  const items = app.store.sorted(app.store.paymentMethods).filter((pm) => pm.customer === customerId && (!type || pm.type === type))
  return paginate(items, req.query, `/v1/customers/${customerId}/payment_methods`)
}
