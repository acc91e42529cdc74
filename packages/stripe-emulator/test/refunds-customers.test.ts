import { emulatorSuite, SDKS } from "./helpers"

describe.each(SDKS)("refunds, customers, setup intents and payment methods with the real %s SDK", (_name, Stripe) => {
  const suite = emulatorSuite(Stripe)

  const paidIntent = () =>
    suite.stripe.paymentIntents.create({
      amount: 10000,
      currency: "mxn",
      confirm: true,
      payment_method: "pm_card_visa",
      payment_method_types: ["card"],
    })

  it("refunds partially then fully; a further refund fails with charge_already_refunded", async () => {
    const pi = await paidIntent()
    const r1 = await suite.stripe.refunds.create({ payment_intent: pi.id, amount: 4000, metadata: { reason: "damaged" } })
    expect(r1).toMatchObject({ object: "refund", amount: 4000, status: "succeeded", payment_intent: pi.id, currency: "mxn" })
    expect(r1.charge).toBe(pi.latest_charge)
    const r2 = await suite.stripe.refunds.create({ payment_intent: pi.id })
    expect(r2.amount).toBe(6000)
    expect(await suite.stripe.refunds.retrieve(r1.id)).toMatchObject({ id: r1.id, metadata: { reason: "damaged" } })

    const charge = await suite.stripe.charges.retrieve(pi.latest_charge)
    expect(charge).toMatchObject({ amount_refunded: 10000, refunded: true })

    const err = await suite.stripe.refunds.create({ payment_intent: pi.id, amount: 1 }).catch((e: any) => e)
    expect(err.code).toBe("charge_already_refunded")
  })

  it("rejects refunds larger than the remaining amount and refunds of unpaid intents", async () => {
    const pi = await paidIntent()
    const tooMuch = await suite.stripe.refunds.create({ payment_intent: pi.id, amount: 10001 }).catch((e: any) => e)
    expect(tooMuch.code).toBe("amount_too_large")
    const unpaid = await suite.stripe.paymentIntents.create({ amount: 1000, currency: "mxn", payment_method_types: ["card"] })
    const err = await suite.stripe.refunds.create({ payment_intent: unpaid.id }).catch((e: any) => e)
    expect(err.type).toBe("StripeInvalidRequestError")
  })

  it("customers: create, update, listPaymentMethods, delete", async () => {
    const c = await suite.stripe.customers.create({
      email: "ana@example.com",
      name: "Ana Pérez",
      phone: "+52 967 000 0000",
      address: { city: "San Cristóbal de las Casas", country: "MX", line1: "Real de Guadalupe 1", postal_code: "29200", state: "CHIS" },
    })
    expect(c).toMatchObject({ object: "customer", email: "ana@example.com", name: "Ana Pérez" })
    expect(c.address).toMatchObject({ country: "MX", line2: null })

    const u = await suite.stripe.customers.update(c.id, { name: "Ana P.", metadata: { tier: "gold" } })
    expect(u).toMatchObject({ name: "Ana P.", email: "ana@example.com", metadata: { tier: "gold" } })

    const si = await suite.stripe.setupIntents.create({
      customer: c.id,
      payment_method: "pm_card_visa",
      confirm: true,
      usage: "off_session",
    })
    expect(si).toMatchObject({ object: "setup_intent", status: "succeeded", customer: c.id })
    const pending = await suite.stripe.setupIntents.create({ customer: c.id })
    expect(pending.status).toBe("requires_payment_method")
    expect(pending.client_secret).toMatch(/^seti_.+_secret_/)

    const pms = await suite.stripe.customers.listPaymentMethods(c.id, { limit: 100 })
    expect(pms.data).toHaveLength(1)
    const pm = pms.data[0]
    expect(pm).toMatchObject({ type: "card", customer: c.id, card: { brand: "visa", last4: "4242" } })

    expect(await suite.stripe.paymentMethods.retrieve(pm.id)).toMatchObject({ id: pm.id })
    const detached = await suite.stripe.paymentMethods.detach(pm.id)
    expect(detached.customer).toBeNull()
    expect((await suite.stripe.customers.listPaymentMethods(c.id)).data).toHaveLength(0)

    const del = await suite.stripe.customers.del(c.id)
    expect(del).toEqual({ id: c.id, object: "customer", deleted: true })
    expect(await suite.stripe.customers.retrieve(c.id)).toMatchObject({ deleted: true })
    const err = await suite.stripe.customers.update(c.id, { name: "x" }).catch((e: any) => e)
    expect(err.statusCode).toBe(404)
  })

  it("payment intents with a customer and setup_future_usage save the card", async () => {
    const c = await suite.stripe.customers.create({ email: "save@example.com" })
    await suite.stripe.paymentIntents.create({
      amount: 5000,
      currency: "usd",
      customer: c.id,
      setup_future_usage: "off_session",
      confirm: true,
      payment_method: "pm_card_visa",
      payment_method_types: ["card"],
    })
    const pms = await suite.stripe.customers.listPaymentMethods(c.id)
    expect(pms.data).toHaveLength(1)
  })

  it("creates card payment methods from test card numbers", async () => {
    const visa = await suite.stripe.paymentMethods.create({
      type: "card",
      card: { number: "4242424242424242", exp_month: 12, exp_year: 2040, cvc: "123" },
    })
    expect(visa.card).toMatchObject({ brand: "visa", last4: "4242", exp_year: 2040 })
    const threeDS = await suite.stripe.paymentMethods.create({
      type: "card",
      card: { number: "4000002760003184", exp_month: 1, exp_year: 2041, cvc: "123" },
    })
    expect(threeDS.card.last4).toBe("3184")
    const pi = await suite.stripe.paymentIntents.create({
      amount: 3000,
      currency: "usd",
      confirm: true,
      payment_method: threeDS.id,
      payment_method_types: ["card"],
    })
    expect(pi.status).toBe("requires_action")

    const bad = await suite.stripe.paymentMethods
      .create({ type: "card", card: { number: "4242424242424241", exp_month: 12, exp_year: 2040 } })
      .catch((e: any) => e)
    expect(bad.type).toBe("StripeCardError")
    expect(bad.code).toBe("incorrect_number")
  })

  it("automatic_payment_methods without return_url cannot be confirmed server-side (like Stripe)", async () => {
    const pi = await suite.stripe.paymentIntents.create({ amount: 2000, currency: "usd", automatic_payment_methods: { enabled: true } })
    expect(pi.automatic_payment_methods).toEqual({ allow_redirects: "always", enabled: true })
    const err = await suite.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" }).catch((e: any) => e)
    expect(err.message).toMatch(/full page redirect/)
    const ok = await suite.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa", return_url: "http://shop.test/done" })
    expect(ok.status).toBe("succeeded")
  })
})
