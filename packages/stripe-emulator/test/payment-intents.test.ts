import type { StripeEmulator } from "../src"
import { emulatorSuite, post, SDKS, startEmulator } from "./helpers"

describe.each(SDKS)("PaymentIntents with the real %s SDK", (_name, Stripe) => {
  const suite = emulatorSuite(Stripe)

  const card = { payment_method_types: ["card"] }

  it("create -> confirm (pm_card_visa, manual capture) -> requires_capture -> capture -> succeeded", async () => {
    const created = await suite.stripe.paymentIntents.create({
      amount: 25000,
      currency: "mxn",
      capture_method: "manual",
      metadata: { session_id: "payses_1", "order-ref": "a b&c" },
      ...card,
    })
    expect(created).toMatchObject({ object: "payment_intent", status: "requires_payment_method", amount: 25000, currency: "mxn" })
    expect(created.id).toMatch(/^pi_/)
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_\\w+$`))
    expect(created.metadata).toEqual({ session_id: "payses_1", "order-ref": "a b&c" })

    const confirmed = await suite.stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa" })
    expect(confirmed.status).toBe("requires_capture")
    expect(confirmed.amount_capturable).toBe(25000)
    expect(confirmed.amount_received).toBe(0)
    expect(confirmed.latest_charge).toMatch(/^ch_/)
    expect(confirmed.payment_method).toMatch(/^pm_/)

    const withPm = await suite.stripe.paymentIntents.retrieve(created.id, { expand: ["payment_method", "latest_charge"] })
    expect(withPm.payment_method.card).toMatchObject({ brand: "visa", last4: "4242" })
    expect(withPm.latest_charge).toMatchObject({ object: "charge", captured: false, status: "succeeded" })

    const captured = await suite.stripe.paymentIntents.capture(created.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 25000, amount_capturable: 0 })

    // Capturing twice: Stripe's payment_intent_unexpected_state error, carrying the intent (Medusa relies on it).
    const err = await suite.stripe.paymentIntents.capture(created.id).catch((e: any) => e)
    expect(err.type).toBe("StripeInvalidRequestError")
    expect(err.statusCode).toBe(400)
    expect(err.code).toBe("payment_intent_unexpected_state")
    expect(err.raw.payment_intent.status).toBe("succeeded")
  })

  it("automatic capture with confirm=true succeeds immediately; partial capture works for manual", async () => {
    const pi = await suite.stripe.paymentIntents.create({
      amount: 1500,
      currency: "usd",
      confirm: true,
      payment_method: "pm_card_visa",
      ...card,
    })
    expect(pi.status).toBe("succeeded")
    expect(pi.amount_received).toBe(1500)

    const manual = await suite.stripe.paymentIntents.create({
      amount: 5000,
      currency: "usd",
      confirm: true,
      payment_method: "pm_card_mastercard",
      capture_method: "manual",
      ...card,
    })
    const partial = await suite.stripe.paymentIntents.capture(manual.id, { amount_to_capture: 3000 })
    expect(partial).toMatchObject({ status: "succeeded", amount_received: 3000 })
  })

  it("declined card -> StripeCardError with decline_code, intent back to requires_payment_method", async () => {
    const pi = await suite.stripe.paymentIntents.create({ amount: 2000, currency: "usd", ...card })
    const err = await suite.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclined" }).catch((e: any) => e)
    expect(err.type).toBe("StripeCardError")
    expect(err.statusCode).toBe(402)
    expect(err.code).toBe("card_declined")
    expect(err.decline_code).toBe("generic_decline")
    expect(err.message).toBe("Your card was declined.")
    expect(err.raw.payment_intent).toMatchObject({ id: pi.id, status: "requires_payment_method" })

    const after = await suite.stripe.paymentIntents.retrieve(pi.id)
    expect(after.status).toBe("requires_payment_method")
    expect(after.last_payment_error).toMatchObject({ code: "card_declined", decline_code: "generic_decline", type: "card_error" })
    expect(after.last_payment_error.payment_method.card.last4).toBe("0002")

    // Retrying with a good card works.
    const retried = await suite.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })
    expect(retried.status).toBe("succeeded")
    expect(retried.last_payment_error).toBeNull()
  })

  it("3-D Secure: requires_action -> complete via HTTP -> requires_capture", async () => {
    const pi = await suite.stripe.paymentIntents.create({ amount: 9900, currency: "eur", capture_method: "manual", ...card })
    const confirmed = await suite.stripe.paymentIntents.confirm(pi.id, {
      payment_method: "pm_card_authenticationRequired",
      return_url: "http://shop.test/checkout?step=review",
    })
    expect(confirmed.status).toBe("requires_action")
    expect(confirmed.next_action.type).toBe("redirect_to_url")
    expect(confirmed.next_action.redirect_to_url.return_url).toBe("http://shop.test/checkout?step=review")
    const url = new URL(confirmed.next_action.redirect_to_url.url)
    expect(url.pathname).toBe(`/3ds/${pi.id}`)
    expect(url.searchParams.get("return_url")).toBe("http://shop.test/checkout?step=review")

    const res = await post(suite.emulator, `/3ds/${pi.id}/complete`, "", { Accept: "application/json" })
    expect(res.status).toBe(200)
    const body = res.json()
    expect(body.result).toBe("succeeded")
    expect(body.redirect_url).toContain("redirect_status=succeeded")
    expect(body.redirect_url).toContain(`payment_intent=${pi.id}`)

    const after = await suite.stripe.paymentIntents.retrieve(pi.id)
    expect(after.status).toBe("requires_capture")
    expect(after.next_action).toBeNull()
  })

  it("3-D Secure failure -> requires_payment_method with payment_intent_authentication_failure", async () => {
    const pi = await suite.stripe.paymentIntents.create({
      amount: 9900,
      currency: "eur",
      confirm: true,
      payment_method: "pm_card_authenticationRequired",
      ...card,
    })
    expect(pi.status).toBe("requires_action")
    const res = await post(suite.emulator, `/3ds/${pi.id}/fail`, "", { Accept: "application/json" })
    expect(res.json().result).toBe("failed")
    const after = await suite.stripe.paymentIntents.retrieve(pi.id)
    expect(after.status).toBe("requires_payment_method")
    expect(after.last_payment_error.code).toBe("payment_intent_authentication_failure")
  })

  it("update, cancel, list and errors", async () => {
    const pi = await suite.stripe.paymentIntents.create({ amount: 1000, currency: "usd", description: "x", ...card })
    const updated = await suite.stripe.paymentIntents.update(pi.id, { amount: 1200, metadata: { a: "1" }, expand: ["payment_method"] })
    expect(updated).toMatchObject({ amount: 1200, metadata: { a: "1" }, description: "x", payment_method: null })

    const canceled = await suite.stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "requested_by_customer" })
    expect(canceled.status).toBe("canceled")
    expect(canceled.cancellation_reason).toBe("requested_by_customer")
    expect(typeof canceled.canceled_at).toBe("number")
    const again = await suite.stripe.paymentIntents.cancel(pi.id).catch((e: any) => e)
    expect(again.code).toBe("payment_intent_unexpected_state")
    expect(again.raw.payment_intent.status).toBe("canceled")

    const list = await suite.stripe.paymentIntents.list({ limit: 2 })
    expect(list.object).toBe("list")
    expect(list.data).toHaveLength(2)
    expect(list.data[0].id).toBe(pi.id)
    expect(list.has_more).toBe(true)

    const missing = await suite.stripe.paymentIntents.retrieve("pi_nope").catch((e: any) => e)
    expect(missing.statusCode).toBe(404)
    expect(missing.code).toBe("resource_missing")

    const bad = await suite.stripe.paymentIntents.create({ currency: "usd" } as any).catch((e: any) => e)
    expect(bad.type).toBe("StripeInvalidRequestError")
    expect(bad.param).toBe("amount")
  })

  it("Idempotency-Key replays the first response on the same endpoint", async () => {
    const key = `idem-${Math.random()}`
    const a = await suite.stripe.paymentIntents.create({ amount: 777, currency: "usd", ...card }, { idempotencyKey: key })
    const b = await suite.stripe.paymentIntents.create({ amount: 777, currency: "usd", ...card }, { idempotencyKey: key })
    expect(b.id).toBe(a.id)
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true")
    const conflict = await suite.stripe.paymentIntents
      .create({ amount: 778, currency: "usd", ...card }, { idempotencyKey: key })
      .catch((e: any) => e)
    expect(conflict.type).toBe("StripeIdempotencyError")
    // The same key on a different endpoint is independent.
    const c = await suite.stripe.customers.create({ email: "idem@test" }, { idempotencyKey: key })
    expect(c.id).toMatch(/^cus_/)
  })
})

describe("HTTP level", () => {
  let emulator: StripeEmulator
  beforeAll(async () => (emulator = await startEmulator()))
  afterAll(() => emulator.close())

  it("rejects a missing API key with a Stripe-shaped 401", async () => {
    const res = await post(emulator, "/v1/payment_intents", "amount=100&currency=usd")
    expect(res.status).toBe(401)
    expect(res.json().error).toMatchObject({ type: "invalid_request_error" })
    expect(res.json().error.message).toMatch(/You did not provide an API key/)
  })

  it("parses bracket notation (metadata, indexed arrays, nested objects)", async () => {
    const body =
      "amount=5000&currency=MXN&metadata[cart]=cart_1&metadata[note]=hola+mundo&payment_method_types[0]=card" +
      "&expand[]=payment_method&shipping[name]=Ana&shipping[address][city]=San+Crist%C3%B3bal"
    const res = await post(emulator, "/v1/payment_intents", body, { Authorization: "Bearer sk_test_x" })
    expect(res.status).toBe(200)
    const pi = res.json()
    expect(pi).toMatchObject({ currency: "mxn", metadata: { cart: "cart_1", note: "hola mundo" }, payment_method_types: ["card"] })
    expect(pi.shipping.address.city).toBe("San Cristóbal")
    expect(res.headers.get("request-id")).toMatch(/^req_/)
  })

  it("rejects publishable keys on secret endpoints, allows confirm with the client secret", async () => {
    const auth = { Authorization: "Bearer sk_test_x" }
    const pi = (await post(emulator, "/v1/payment_intents", "amount=2000&currency=usd&payment_method_types[0]=card", auth)).json()
    const pk = { Authorization: "Bearer pk_test_x" }
    expect((await post(emulator, "/v1/payment_intents", "amount=2000&currency=usd", pk)).status).toBe(401)
    const wrong = await post(emulator, `/v1/payment_intents/${pi.id}/confirm`, "payment_method=pm_card_visa&client_secret=nope", pk)
    expect(wrong.status).toBe(400)
    const ok = await post(
      emulator,
      `/v1/payment_intents/${pi.id}/confirm`,
      `payment_method=pm_card_visa&client_secret=${pi.client_secret}`,
      pk
    )
    expect(ok.status).toBe(200)
    expect(ok.json().status).toBe("succeeded")
    expect(ok.json().metadata).toBeUndefined()
    expect(ok.headers.get("access-control-allow-origin")).toBe("*")
  })
})
