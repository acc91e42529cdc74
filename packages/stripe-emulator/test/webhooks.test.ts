import { signatureHeader, type StripeEmulator } from "../src"
import { post, SDKS, sdkFor, startEmulator, startReceiver, StripeV15, StripeV19 } from "./helpers"

const SECRET = "whsec_test_telar_123"

describe("webhooks", () => {
  let emulator: StripeEmulator
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let stripe: any

  beforeEach(async () => {
    receiver = await startReceiver()
    emulator = await startEmulator({ webhookUrl: receiver.url, webhookSecret: SECRET, webhookRetryDelayMs: 10 })
    stripe = sdkFor(StripeV19, emulator)
  })
  afterEach(async () => {
    await emulator.close()
    await receiver.close()
  })

  it.each(SDKS)("delivers events whose signatures %s webhooks.constructEvent accepts", async (_name, Stripe) => {
    const pi = await stripe.paymentIntents.create(
      {
        amount: 4200,
        currency: "mxn",
        capture_method: "manual",
        confirm: true,
        payment_method: "pm_card_visa",
        payment_method_types: ["card"],
        metadata: { session_id: "ps_1" },
      },
      { idempotencyKey: "create-1" }
    )
    await emulator.flushWebhooks()
    expect(receiver.types()).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.amount_capturable_updated"])

    const verifier = new Stripe("sk_test_x")
    for (const hook of receiver.received) {
      expect(hook.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
      const event = verifier.webhooks.constructEvent(hook.body, hook.signature, SECRET)
      expect(event).toMatchObject({ object: "event", livemode: false, pending_webhooks: 1, api_version: "2025-09-30.clover" })
      expect(event.id).toMatch(/^evt_/)
    }
    const last = verifier.webhooks.constructEvent(receiver.received[2].body, receiver.received[2].signature, SECRET)
    expect(last.data.object).toMatchObject({
      id: pi.id,
      status: "requires_capture",
      amount_capturable: 4200,
      metadata: { session_id: "ps_1" },
    })
    expect(last.request).toMatchObject({ idempotency_key: "create-1" })
    expect(last.request.id).toMatch(/^req_/)

    // Tampered payloads and wrong secrets are rejected by the real SDK.
    const { body, signature } = receiver.received[0]
    expect(() => verifier.webhooks.constructEvent(body.replace("4200", "1"), signature, SECRET)).toThrow(/signature/i)
    expect(() => verifier.webhooks.constructEvent(body, signature, "whsec_other")).toThrow(/signature/i)
  })

  it("emits succeeded, payment_failed, canceled, requires_action, refund events; events are retrievable", async () => {
    const ok = await stripe.paymentIntents.create({
      amount: 1000,
      currency: "usd",
      confirm: true,
      payment_method: "pm_card_visa",
      payment_method_types: ["card"],
    })
    await stripe.paymentIntents
      .create({ amount: 1000, currency: "usd", confirm: true, payment_method: "pm_card_chargeDeclined", payment_method_types: ["card"] })
      .catch(() => null)
    const c = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", payment_method_types: ["card"] })
    await stripe.paymentIntents.cancel(c.id)
    await stripe.paymentIntents.create({
      amount: 1000,
      currency: "usd",
      confirm: true,
      payment_method: "pm_card_authenticationRequired",
      payment_method_types: ["card"],
    })
    await stripe.refunds.create({ payment_intent: ok.id, amount: 500 })
    await emulator.flushWebhooks()
    const types = receiver.types()
    // One assertion names every missing type at once.
    expect(types).toEqual(
      expect.arrayContaining([
        "payment_intent.succeeded",
        "payment_intent.payment_failed",
        "charge.failed",
        "payment_intent.canceled",
        "payment_intent.requires_action",
        "refund.created",
        "charge.refunded",
      ])
    )
    const refunded = JSON.parse(receiver.received[types.indexOf("charge.refunded")].body)
    expect(refunded.data.object).toMatchObject({ object: "charge", amount_refunded: 500, payment_intent: ok.id })

    const listed = await stripe.events.list({ type: "payment_intent.succeeded" })
    expect(listed.data.length).toBeGreaterThan(0)
    const one = await stripe.events.retrieve(listed.data[0].id)
    expect(one.type).toBe("payment_intent.succeeded")
  })

  it("retries non-2xx responses with backoff and logs deliveries; resend replays an event", async () => {
    await receiver.close()
    receiver = await startReceiver(2)
    emulator.setWebhook(receiver.url, SECRET)
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: "usd", payment_method_types: ["card"] })
    await emulator.flushWebhooks()
    expect(receiver.received).toHaveLength(1)

    const log = await (await fetch(`${emulator.url}/_emulator/webhook_deliveries`)).json()
    expect(log.data).toHaveLength(1)
    expect(log.data[0]).toMatchObject({ event_type: "payment_intent.created", status: "succeeded" })
    expect(log.data[0].attempts.map((a: any) => a.status_code)).toEqual([500, 500, 200])

    const eventId = log.data[0].event_id
    const resent = await post(emulator, `/_emulator/events/${eventId}/resend`)
    expect(resent.json()).toMatchObject({ event_id: eventId, status: "succeeded", resend: true })
    expect(receiver.received).toHaveLength(2)
    const first = JSON.parse(receiver.received[0].body)
    const second = StripeV15.webhooks.constructEvent(receiver.received[1].body, receiver.received[1].signature, SECRET)
    expect(second.id).toBe(first.id)
    expect(second.data.object.id).toBe(pi.id)
  })

  it("gives up after the configured attempts and reset clears state", async () => {
    emulator.setWebhook("http://127.0.0.1:9/unreachable", SECRET)
    await stripe.customers.create({ email: "x@y.z" })
    await emulator.flushWebhooks()
    const failed = emulator.webhooks.deliveries.at(-1)!
    expect(failed.status).toBe("failed")
    expect(failed.attempts).toHaveLength(4)
    expect(failed.attempts[0].error).toBeTruthy()

    expect((await post(emulator, "/_emulator/reset")).status).toBe(200)
    expect(emulator.webhooks.deliveries).toHaveLength(0)
    expect(Object.keys(emulator.state.customers)).toHaveLength(0)
    expect((await stripe.events.list()).data).toHaveLength(0)
  })

  it("signatureHeader matches the Stripe SDK test helper", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event" })
    const t = Math.floor(Date.now() / 1000)
    const expected = StripeV19.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: t })
    expect(signatureHeader(payload, SECRET, t)).toBe(expected)
  })
})
