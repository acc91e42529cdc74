import type { StripeEmulator } from "../src"
import { loadStripeJs } from "./fake-dom"
import { post, PUBLISHABLE_KEY, sdkFor, startEmulator, StripeV19 } from "./helpers"

const settle = () => new Promise((r) => setTimeout(r, 5))

describe("Stripe.js v3 stand-in and 3DS page", () => {
  let emulator: StripeEmulator
  let stripe: any
  let script: string

  beforeAll(async () => {
    emulator = await startEmulator()
    stripe = sdkFor(StripeV19, emulator)
    const res = await fetch(`${emulator.url}/v3`)
    expect(res.headers.get("content-type")).toMatch(/javascript/)
    script = await res.text()
  })
  afterAll(() => emulator.close())

  const newIntent = (extra: Record<string, unknown> = {}) =>
    stripe.paymentIntents.create({ amount: 18000, currency: "mxn", payment_method_types: ["card"], ...extra })

  /** A new intent's Payment Element, mounted on a fresh page and filled with this card number, 12/40 and CVC 123. */
  const filledCard = async (cardNumber: string, intent: Record<string, unknown> = {}) => {
    const pi = await newIntent(intent)
    const page = loadStripeJs(script)
    page.document.body.appendChild(Object.assign(page.document.createElement("div"), { id: "pe" }))
    const s = page.window.Stripe(PUBLISHABLE_KEY)
    const elements = s.elements({ clientSecret: pi.client_secret })
    elements.create("payment").mount(page.document.getElementById("pe"))
    page.fill("cardnumber", cardNumber)
    page.fill("exp-date", "12/40")
    page.fill("cvc", "123")
    return { ...page, pi, s, elements }
  }

  it("serves a script that defines window.Stripe and refuses secret keys", () => {
    const { window } = loadStripeJs(script)
    expect(typeof window.Stripe).toBe("function")
    expect(() => window.Stripe("sk_test_x")).toThrow(/secret key/)
  })

  it.each(["elements", "confirmPayment", "retrievePaymentIntent", "handleNextAction", "createPaymentMethod", "confirmCardPayment"])(
    "gives the Stripe instance a %s method",
    (method) => {
      const { window } = loadStripeJs(script)
      expect(typeof window.Stripe(PUBLISHABLE_KEY, { locale: "es" })[method]).toBe("function")
    }
  )

  it("validates card numbers like Stripe.js (Luhn)", () => {
    const { window } = loadStripeJs(script)
    const { validateCard } = window.Stripe.__emulator
    const err = validateCard({ number: "4242 4242 4242 4241", exp: "12 / 40", cvc: "123" }, "en")[1]
    expect(err).toEqual({ type: "validation_error", code: "incomplete_number", message: "Your card number is invalid." })
    expect(validateCard({ number: "4242", exp: "", cvc: "" }, "es")[1].message).toBe("El número de tu tarjeta está incompleto.")
    expect(validateCard({ number: "4242424242424242", exp: "12 / 40", cvc: "123" }, "en")).toBeNull()
  })

  it("mounts an accessible, localized Payment Element and confirms a payment (redirect: if_required)", async () => {
    const pi = await newIntent()
    const { window, document, fill } = loadStripeJs(script)
    const host = document.createElement("div")
    host.id = "payment-element"
    document.body.appendChild(host)
    const s = window.Stripe(PUBLISHABLE_KEY)
    const elements = s.elements({ clientSecret: pi.client_secret, locale: "es", appearance: { variables: { colorPrimary: "#7a3" } } })
    const element = elements.create("payment")
    const events: any[] = []
    element.on("ready", () => events.push("ready"))
    element.on("change", (e: any) => events.push(e))
    element.mount("#payment-element")
    const html = host.children[0].innerHTML
    expect(html).toContain('name="cardnumber"')
    expect(html).toContain('name="exp-date"')
    expect(html).toContain('name="cvc"')
    expect(html).toMatch(/<label for="Field-numberInput">/)
    await settle()
    expect(events[0]).toBe("ready")

    fill("cardnumber", "4242424242424241")
    const invalid = await s.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: "http://shop.test/done" } })
    expect(invalid.error).toMatchObject({ type: "validation_error", code: "incomplete_number" })
    expect(document.byName("cardnumber")!.getAttribute("aria-invalid")).toBe("true")

    fill("cardnumber", "4242424242424242")
    fill("exp-date", "1240")
    fill("cvc", "123")
    expect(document.byName("exp-date")!.value).toBe("12 / 40")
    expect(events.at(-1)).toMatchObject({ elementType: "payment", complete: true, empty: false })

    const result = await s.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: "http://shop.test/done" } })
    expect(result.error).toBeUndefined()
    expect(result.paymentIntent).toMatchObject({ id: pi.id, status: "succeeded" })
    const server = await stripe.paymentIntents.retrieve(pi.id, { expand: ["payment_method"] })
    expect(server.payment_method.billing_details.address.country).toBe("MX")
  })

  describe("the Payment Element in Spanish", () => {
    let html: string
    beforeAll(async () => {
      const pi = await newIntent()
      const { window, document } = loadStripeJs(script)
      document.body.appendChild(Object.assign(document.createElement("div"), { id: "pe" }))
      const elements = window.Stripe(PUBLISHABLE_KEY).elements({ clientSecret: pi.client_secret, locale: "es" })
      elements.create("payment").mount("#pe")
      html = document.getElementById("pe").children[0].innerHTML
    })

    it.each(["Número de tarjeta", "Fecha de caducidad (MM / AA)", "Código de seguridad (CVC)", "País", "MODO DE PRUEBA"])(
      "shows %s",
      (text) => {
        expect(html).toContain(text)
      }
    )

    it("shows no English", () => {
      expect(html).not.toContain("TEST MODE")
    })
  })

  it("declines return { error } with the card error; missing return_url rejects", async () => {
    const { s, elements } = await filledCard("4000 0000 0000 0002")
    const noReturn = await s.confirmPayment({ elements }).catch((e: any) => e)
    expect(noReturn.name).toBe("IntegrationError")
    const result = await s.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: "http://shop.test/done" } })
    expect(result.error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    })
  })

  it("3DS with redirect: if_required shows the challenge in an iframe and resolves", async () => {
    const { pi, s, elements, document, postMessage } = await filledCard("4000002760003184", { capture_method: "manual" })
    const pending = s.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: "http://shop.test/done" } })
    let frame: any = null
    for (let i = 0; i < 100 && !frame; i++) {
      await settle()
      frame = document.body.find((e: any) => e.tagName === "IFRAME")
    }
    expect(frame.src).toContain(`/3ds/${pi.id}`)
    expect(frame.src).toContain("mode=iframe")
    const iframePage = await post(emulator, `/3ds/${pi.id}/complete?mode=iframe`)
    expect(iframePage.text).toContain("postMessage")
    postMessage(new URL(frame.src).origin, { type: "stripe-emulator:3ds-result", intent: pi.id, result: "succeeded" })
    const result = await pending
    expect(result.paymentIntent).toMatchObject({ id: pi.id, status: "requires_capture" })
    expect(document.body.find((e: any) => e.tagName === "IFRAME")).toBeNull()
  })

  it("3DS with redirect: always navigates to the challenge page", async () => {
    const { pi, s, elements, assigned } = await filledCard("4000002760003184")
    void s.confirmPayment({ elements, confirmParams: { return_url: "http://shop.test/done" } })
    for (let i = 0; i < 100 && assigned.length === 0; i++) await settle()
    expect(assigned[0]).toContain(`/3ds/${pi.id}?return_url=`)
  })

  it("serves the 3DS challenge page and redirects to return_url after completing", async () => {
    const pi = await newIntent({
      confirm: true,
      payment_method: "pm_card_authenticationRequired",
      return_url: "http://shop.test/checkout?x=1",
    })
    const page = await (await fetch(pi.next_action.redirect_to_url.url)).text()
    expect(page).toContain('id="complete-3ds"')
    expect(page).toContain('id="fail-3ds"')
    expect(page).toContain(">Complete authentication<")
    expect(page).toContain(">Fail authentication<")
    expect(page).toContain('<html lang="en">')
    const res = await post(emulator, `/3ds/${pi.id}/complete`)
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get("location")!)
    expect(location.origin + location.pathname).toBe("http://shop.test/checkout")
    expect(Object.fromEntries(location.searchParams)).toEqual({
      x: "1",
      payment_intent: pi.id,
      payment_intent_client_secret: pi.client_secret,
      redirect_status: "succeeded",
    })
    const twice = await post(emulator, `/3ds/${pi.id}/complete`, "", { Accept: "application/json" })
    expect(twice.status).toBe(400)
  })

  it("retrievePaymentIntent and confirmCardPayment work with the publishable key; CORS preflight passes", async () => {
    const pi = await newIntent()
    const { window } = loadStripeJs(script)
    const s = window.Stripe(PUBLISHABLE_KEY)
    const retrieved = await s.retrievePaymentIntent(pi.client_secret)
    expect(retrieved.paymentIntent).toMatchObject({ id: pi.id, status: "requires_payment_method" })
    const confirmed = await s.confirmCardPayment(pi.client_secret, { payment_method: "pm_card_visa" })
    expect(confirmed.paymentIntent.status).toBe("succeeded")

    const preflight = await fetch(`${emulator.url}/v1/payment_intents/${pi.id}/confirm`, {
      method: "OPTIONS",
      headers: { Origin: "http://shop.test", "Access-Control-Request-Method": "POST" },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/)
  })
})
