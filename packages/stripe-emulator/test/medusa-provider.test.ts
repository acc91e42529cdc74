/**
 * Drives Medusa's real @medusajs/payment-stripe provider (which bundles stripe 15) against the
 * emulator. The provider builds `new Stripe(apiKey)` without host options, so the test swaps its
 * client for one pointed at the emulator, exactly what a local-dev subclass would do.
 */
import type { StripeEmulator } from "../src"
import { post, sdkFor, startEmulator, startReceiver, StripeV15 } from "./helpers"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { StripeProviderService } = require("@medusajs/payment-stripe/dist/services")

const SECRET = "whsec_medusa_test"

describe("@medusajs/payment-stripe provider against the emulator", () => {
  let emulator: StripeEmulator
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let provider: any

  beforeAll(async () => {
    receiver = await startReceiver()
    emulator = await startEmulator({ webhookUrl: receiver.url, webhookSecret: SECRET })
    provider = new StripeProviderService({}, { apiKey: "sk_test_medusa", webhookSecret: SECRET, capture: false })
    provider.stripe_ = sdkFor(StripeV15, emulator, "sk_test_medusa")
  })
  afterAll(async () => {
    await emulator.close()
    await receiver.close()
  })

  async function browserConfirm(data: any, pm: string) {
    const res = await post(
      emulator,
      `/v1/payment_intents/${data.id}/confirm`,
      new URLSearchParams({ client_secret: data.client_secret, payment_method: pm, return_url: "http://shop.test/checkout" }).toString(),
      { Authorization: "Bearer pk_test_medusa" }
    )
    return res
  }

  it("account holder, initiate, authorize, update, capture, refund, webhooks", async () => {
    const holder = await provider.createAccountHolder({
      context: {
        idempotency_key: "cus_key_1",
        customer: {
          email: "ana@example.com",
          first_name: "Ana",
          last_name: "Pérez",
          phone: "+5296700000",
          billing_address: {
            city: "San Cristóbal",
            country_code: "mx",
            address_1: "Real de Guadalupe 1",
            postal_code: "29200",
            province: "CHIS",
          },
        },
      },
    })
    expect(holder.id).toMatch(/^cus_/)
    await provider.updateAccountHolder({
      context: { account_holder: { data: { id: holder.id } }, customer: { email: "ana2@example.com", first_name: "Ana" } },
    })

    const session = await provider.initiatePayment({
      currency_code: "mxn",
      amount: 250,
      data: { session_id: "payses_01" },
      context: { idempotency_key: "payses_01", account_holder: { data: { id: holder.id } } },
    })
    expect(session.id).toMatch(/^pi_/)
    expect(session.status).toBe("pending")
    expect(session.data).toMatchObject({ amount: 25000, currency: "mxn", capture_method: "manual", customer: holder.id })

    const updated = await provider.updatePayment({
      data: session.data,
      amount: 300,
      currency_code: "mxn",
      context: { idempotency_key: "upd_1" },
    })
    expect(updated.data.amount).toBe(30000)

    expect((await browserConfirm(session.data, "pm_card_visa")).status).toBe(200)
    const auth = await provider.authorizePayment({ data: { id: session.id } })
    expect(auth.status).toBe("authorized")

    const captured = await provider.capturePayment({ data: { id: session.id }, context: { idempotency_key: "cap_1" } })
    expect(captured.data.status).toBe("succeeded")
    // Capturing again returns the succeeded intent (provider handles payment_intent_unexpected_state).
    const again = await provider.capturePayment({ data: { id: session.id }, context: { idempotency_key: "cap_2" } })
    expect(again.data.status).toBe("succeeded")

    await provider.refundPayment({ amount: 100, data: { id: session.id, currency: "mxn" }, context: { idempotency_key: "ref_1" } })
    await provider.refundPayment({ amount: 200, data: { id: session.id, currency: "mxn" }, context: { idempotency_key: "ref_2" } })
    // Already fully refunded: swallowed by the provider (charge_already_refunded).
    await provider.refundPayment({ amount: 1, data: { id: session.id, currency: "mxn" }, context: { idempotency_key: "ref_3" } })
    const retrieved = await provider.retrievePayment({ data: { id: session.id } })
    expect(retrieved.data.amount).toBe(300)

    await emulator.flushWebhooks()
    const actions = []
    for (const hook of receiver.received) {
      const res = await provider.getWebhookActionAndData({
        data: JSON.parse(hook.body),
        rawData: hook.body,
        headers: { "stripe-signature": hook.signature },
      })
      actions.push(res.action)
    }
    expect(actions).toEqual(expect.arrayContaining(["pending", "authorized", "captured"]))
    const authorized = await provider.getWebhookActionAndData({
      data: {},
      rawData: receiver.received.find((h) => h.body.includes("amount_capturable_updated"))!.body,
      headers: { "stripe-signature": receiver.received.find((h) => h.body.includes("amount_capturable_updated"))!.signature },
    })
    expect(authorized).toEqual({ action: "authorized", data: { session_id: "payses_01", amount: 300 } })

    await expect(
      provider.getWebhookActionAndData({
        data: {},
        rawData: receiver.received[0].body + " ",
        headers: { "stripe-signature": receiver.received[0].signature },
      })
    ).rejects.toThrow(/constructWebhookEvent/)
  })

  it("declines, 3DS, cancel and saved payment methods", async () => {
    const holder = await provider.createAccountHolder({ context: { customer: { email: "b@example.com", first_name: "B" } } })
    const ctx = { account_holder: { data: { id: holder.id } } }

    const declined = await provider.initiatePayment({ currency_code: "mxn", amount: 100, data: { session_id: "ps_d" }, context: ctx })
    const res = await browserConfirm(declined.data, "pm_card_chargeDeclined")
    expect(res.status).toBe(402)
    expect(res.json().error).toMatchObject({ type: "card_error", decline_code: "generic_decline" })
    expect((await provider.authorizePayment({ data: { id: declined.id } })).status).toBe("error")

    const threeDS = await provider.initiatePayment({ currency_code: "mxn", amount: 100, data: { session_id: "ps_3" }, context: ctx })
    await browserConfirm(threeDS.data, "pm_card_authenticationRequired")
    expect((await provider.authorizePayment({ data: { id: threeDS.id } })).status).toBe("requires_more")
    await post(emulator, `/3ds/${threeDS.id}/complete`, "", { Accept: "application/json" })
    expect((await provider.authorizePayment({ data: { id: threeDS.id } })).status).toBe("authorized")

    const canceled = await provider.cancelPayment({ data: { id: threeDS.id }, context: { idempotency_key: "c1" } })
    expect(canceled.data.status).toBe("canceled")
    // Canceling twice returns the canceled intent (provider reads error.payment_intent).
    const twice = await provider.cancelPayment({ data: { id: threeDS.id }, context: { idempotency_key: "c2" } })
    expect(twice.data.status).toBe("canceled")

    const saved = await provider.savePaymentMethod({ context: ctx, data: { payment_method: "pm_card_visa", confirm: true } })
    expect(saved.id).toMatch(/^seti_/)
    const methods = await provider.listPaymentMethods({ context: ctx })
    expect(methods).toHaveLength(1)
    await provider.deletePaymentMethod({ data: { id: methods[0].id }, context: {} })
    expect(await provider.listPaymentMethods({ context: ctx })).toHaveLength(0)
    await provider.deleteAccountHolder({ context: ctx })
  })
})
