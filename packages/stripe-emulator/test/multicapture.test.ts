import { emulatorSuite, SDKS } from "./helpers"

describe.each(SDKS)("multicapture with the real %s SDK", (_name, Stripe) => {
  const suite = emulatorSuite(Stripe)

  const authorize = (multicapture: "if_available" | "never" | null, paymentMethod = "pm_card_visa") =>
    suite.stripe.paymentIntents.create({
      amount: 10000,
      currency: "usd",
      capture_method: "manual",
      payment_method_types: ["card"],
      ...(multicapture ? { payment_method_options: { card: { request_multicapture: multicapture } } } : {}),
      confirm: true,
      payment_method: paymentMethod,
    })

  const chargeOf = async (id: string) => (await suite.stripe.paymentIntents.retrieve(id, { expand: ["latest_charge"] })).latest_charge

  it("captures one authorization in parts: non-final captures leave the rest capturable, the final one takes what is left", async () => {
    const pi = await authorize("if_available")
    expect(pi.payment_method_options.card.request_multicapture).toBe("if_available")
    expect((await chargeOf(pi.id)).payment_method_details.card.multicapture).toEqual({ status: "available" })

    const first = await suite.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 3000, final_capture: false })
    expect(first).toMatchObject({ status: "requires_capture", amount_received: 3000, amount_capturable: 7000 })
    expect(await chargeOf(pi.id)).toMatchObject({ captured: true, amount_captured: 3000, amount_refunded: 0 })

    const second = await suite.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 2500, final_capture: false })
    expect(second).toMatchObject({ status: "requires_capture", amount_received: 5500, amount_capturable: 4500 })

    const last = await suite.stripe.paymentIntents.capture(pi.id)
    expect(last).toMatchObject({ status: "succeeded", amount_received: 10000, amount_capturable: 0 })
    expect(await chargeOf(pi.id)).toMatchObject({ amount_captured: 10000, amount_refunded: 0 })
    const types = Object.values(suite.emulator.state.events)
      .filter((event) => (event.data.object as { id?: string }).id === pi.id)
      .map((event) => event.type)
    expect(types.filter((type) => type === "payment_intent.amount_capturable_updated")).toHaveLength(3)
    expect(types.filter((type) => type === "payment_intent.succeeded")).toHaveLength(1)
  })

  it("a final partial capture releases the rest, which refunds cannot reach", async () => {
    const pi = await authorize("if_available")
    await suite.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 4000, final_capture: false })
    const done = await suite.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 1000 })
    expect(done).toMatchObject({ status: "succeeded", amount_received: 5000, amount_capturable: 0 })
    expect(await chargeOf(pi.id)).toMatchObject({ amount_captured: 5000, amount_refunded: 5000 })
    const tooMuch = await suite.stripe.refunds.create({ payment_intent: pi.id, amount: 5001 }).catch((error: any) => error)
    expect(tooMuch.statusCode).toBe(400)
  })

  it.each([
    ["not requested", null, "pm_card_visa"],
    ["declined by request", "never", "pm_card_visa"],
  ] as const)("refuses a non-final capture when multicapture was %s", async (_case, multicapture, paymentMethod) => {
    const pi = await authorize(multicapture, paymentMethod)
    expect((await chargeOf(pi.id)).payment_method_details.card.multicapture).toEqual({ status: "unavailable" })
    const error = await suite.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 3000, final_capture: false }).catch((e: any) => e)
    expect(error).toMatchObject({ statusCode: 400, type: "StripeInvalidRequestError", param: "final_capture" })
    // Untouched: a plain capture still takes the whole authorization.
    expect(await suite.stripe.paymentIntents.capture(pi.id)).toMatchObject({ status: "succeeded", amount_received: 10000 })
  })
})
