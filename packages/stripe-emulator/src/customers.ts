/** `/v1/customers` routes (create, retrieve, update, delete, list, list payment methods). */
import type Stripe from "stripe"
import type { ApiRequest, App } from "./types"
import type { Router } from "./router"
import { resourceMissing } from "./errors"
import { applyMetadata, type FormObject, getNullableString, getObject, getString, toAddress } from "./form"
import { attachPaymentMethod, listCustomerPaymentMethods, resolvePaymentMethod } from "./payment-methods"
import { expand } from "./expand"
import { paginate } from "./list"
import { newId, nowSeconds, randomString } from "./util"

function isDeleted(c: Stripe.Customer | Stripe.DeletedCustomer): c is Stripe.DeletedCustomer {
  return (c as Stripe.DeletedCustomer).deleted === true
}

/** A customer that exists and is not deleted (deleted customers can only be retrieved). */
function activeCustomer(app: App, id: string): Stripe.Customer {
  const c = app.store.require("customers", id)
  if (isDeleted(c)) throw resourceMissing("customer", id)
  return c
}

function applyParams(app: App, c: Stripe.Customer, p: FormObject): void {
  for (const key of ["email", "name", "phone", "description"] as const) {
    const v = getNullableString(p, key)
    if (v !== undefined) c[key] = v
  }
  if (p.address !== undefined) c.address = p.address === "" ? null : toAddress(getObject(p, "address"))
  if (p.shipping !== undefined) {
    const s = getObject(p, "shipping")
    c.shipping = s
      ? {
          address: toAddress(getObject(s, "address")),
          name: getString(s, "name", "shipping[name]") ?? "",
          phone: getString(s, "phone", "shipping[phone]") ?? null,
        }
      : null
  }
  const locales = p.preferred_locales
  if (Array.isArray(locales)) c.preferred_locales = locales.filter((x): x is string => typeof x === "string")
  c.metadata = applyMetadata(c.metadata, p)
  const pmId = getString(p, "payment_method")
  if (pmId) attachPaymentMethod(app, resolvePaymentMethod(app, pmId), c.id)
  const invoice = getObject(p, "invoice_settings")
  const defaultPm = invoice && getNullableString(invoice, "default_payment_method", "invoice_settings[default_payment_method]")
  if (defaultPm !== undefined) c.invoice_settings.default_payment_method = defaultPm
}

function create(req: ApiRequest, app: App) {
  const c: Stripe.Customer = {
    id: newId("cus", 14),
    object: "customer",
    address: null,
    balance: 0,
    created: nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: null,
    invoice_prefix: randomString(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  }
  app.store.customers[c.id] = c
  app.store.track(c.id)
  try {
    applyParams(app, c, req.body)
  } catch (err) {
    delete app.store.customers[c.id]
    throw err
  }
  app.events.emit("customer.created", c, req)
  return expand(c, req.body, app.store)
}

export function registerCustomerRoutes(router: Router): void {
  router.post("/v1/customers", create)

  router.get("/v1/customers", (req, app) => {
    const email = getString(req.query, "email")
    const items = app.store.sorted(app.store.customers).filter((c): c is Stripe.Customer => !isDeleted(c) && (!email || c.email === email))
    return paginate(items, req.query, "/v1/customers")
  })

  router.get("/v1/customers/:id", (req, app) => expand(app.store.require("customers", req.params.id), req.query, app.store))

  router.post("/v1/customers/:id", (req, app) => {
    const c = activeCustomer(app, req.params.id)
    applyParams(app, c, req.body)
    app.events.emit("customer.updated", c, req)
    return expand(c, req.body, app.store)
  })

  router.delete("/v1/customers/:id", (req, app) => {
    const c = activeCustomer(app, req.params.id)
    const deleted: Stripe.DeletedCustomer = { id: c.id, object: "customer", deleted: true }
    app.store.customers[c.id] = deleted
    for (const pm of Object.values(app.store.paymentMethods)) if (pm.customer === c.id) pm.customer = null
    app.events.emit("customer.deleted", c, req)
    return deleted
  })

  router.get("/v1/customers/:id/payment_methods", (req, app) => {
    const c = activeCustomer(app, req.params.id)
    return expand(listCustomerPaymentMethods(app, req, c.id), req.query, app.store)
  })

  router.get("/v1/customers/:id/payment_methods/:pm", (req, app) => {
    const c = activeCustomer(app, req.params.id)
    const pm = app.store.require("paymentMethods", req.params.pm)
    if (pm.customer !== c.id) throw resourceMissing("PaymentMethod", pm.id)
    return pm
  })
}
