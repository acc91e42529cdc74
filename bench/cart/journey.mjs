// One shopper's journey through the store API, step by step as the storefront makes it
// (storefront/src/lib/data/{cart,shipping,payment}.ts and the checkout's payment step), with the card
// confirmed at the Stripe emulator the way its Stripe.js stand-in does in the shopper's browser.
import { query } from "../big-catalog/http.mjs"

// The emulator's publishable key (backend/src/modules/stripe-payment/config.ts): Stripe.js calls with it.
const STRIPE_PUBLISHABLE_KEY = "pk_test_telar_emulator"
const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
// What the Payment Element sends for a Visa test card typed in (packages/stripe-emulator browser-element).
const VISA = { type: "card", card: { number: "4242424242424242", exp_month: "12", exp_year: "2034", cvc: "123" } }
const ADDRESS = {
  first_name: "Ana",
  last_name: "Bench",
  address_1: "100 Main St",
  city: "Austin",
  province: "us-tx",
  postal_code: "78701",
  country_code: "us",
}

/** A step that failed: which one, and what the server said. */
export class StepError extends Error {
  constructor(step, cause) {
    super(cause?.message ?? String(cause))
    this.step = step
  }
}

async function step(name, run) {
  try {
    return await run()
  } catch (error) {
    throw error instanceof StepError ? error : new StepError(name, error)
  }
}

async function timed(run) {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

/** Stripe's form encoding (`payment_method_data[card][number]=…`), as Stripe.js posts it. */
function stripeForm(params, prefix = "", out = new URLSearchParams()) {
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}[${key}]` : key
    if (value && typeof value === "object") stripeForm(value, name, out)
    else if (value !== undefined) out.append(name, String(value))
  }
  return out
}

/** stripe.confirmPayment({ elements, clientSecret, redirect: "if_required" }) with a Visa typed in. */
async function confirmCard(stripeUrl, clientSecret, returnUrl) {
  const intentId = clientSecret.split("_secret_")[0]
  const response = await fetch(`${stripeUrl}/v1/payment_intents/${intentId}/confirm`, {
    method: "POST",
    headers: { authorization: `Bearer ${STRIPE_PUBLISHABLE_KEY}`, "content-type": "application/x-www-form-urlencoded" },
    body: stripeForm({
      return_url: returnUrl,
      client_secret: clientSecret,
      payment_method_data: { ...VISA, billing_details: { address: { country: "US" } } },
    }),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`confirm ${intentId} → ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`)
  // The storefront places the order only for these (payment-review.tsx).
  if (!["requires_capture", "succeeded", "processing"].includes(body.status)) throw new Error(`confirm ${intentId} left it ${body.status}`)
}

/**
 * Runs one journey. Returns the two timed requests: `add` (adding the line) and `complete` (placing
 * the order; `failure` unless it answers an order, `placedBefore` when that order already existed). A step before completion that fails throws a StepError.
 */
export async function shopperJourney({ store, stripeUrl, storefrontUrl, regionId, variantId, number }) {
  const { cart } = await step("create cart", () =>
    store.post(`/store/carts${query({ fields: "id" })}`, { region_id: regionId, locale: "en-US" })
  )
  const add = await step("add to cart", () =>
    timed(() =>
      store.post(`/store/carts/${cart.id}/line-items${query({ fields: "id,items.quantity" })}`, { variant_id: variantId, quantity: 1 })
    )
  )

  await step("email and address", () =>
    store.post(`/store/carts/${cart.id}${query({ fields: "id" })}`, {
      email: `bench-cart-${Date.now()}-${number}@example.org`,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
  )
  await step("shipping", async () => {
    // One parcel per cooperative: the backend sets each cooperative's option for the chosen speed.
    const plan = await store.get(`/store/carts/${cart.id}/shipping-plan`)
    const speed = plan.speeds?.includes("standard") ? "standard" : plan.speeds?.[0]
    if (!speed) throw new Error(`no shipping speed offered for every parcel: ${JSON.stringify(plan.groups)}`)
    const { cart: shipped } = await store.post(`/store/carts/${cart.id}/shipping-plan`, { speed })
    if (shipped.shipping_methods?.length !== plan.groups.length) {
      throw new Error(`${plan.groups.length} parcel(s) but ${shipped.shipping_methods?.length ?? 0} shipping method(s)`)
    }
  })
  const clientSecret = await step("payment session", async () => {
    const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
    const { payment_collection: withSession } = await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: STRIPE_PROVIDER_ID,
    })
    const session = withSession.payment_sessions?.find((candidate) => candidate.provider_id === STRIPE_PROVIDER_ID)
    if (!session?.data?.client_secret) throw new Error("payment session without a client secret")
    return session.data.client_secret
  })
  await step("card at Stripe", () => confirmCard(stripeUrl, clientSecret, `${storefrontUrl}/en/checkout/complete`))

  const startedAt = Date.now()
  const started = performance.now()
  let failure = null
  let placedBefore = false
  try {
    const answer = await store.post(`/store/carts/${cart.id}/complete`, {})
    if (answer.type !== "order" || !answer.order?.id) failure = `answered ${answer.type}: ${answer.error?.message ?? "no order"}`
    // Lines are written with the order: older than this request means the emulator's webhook placed it.
    else placedBefore = Date.parse(answer.order.items?.[0]?.created_at) < startedAt
  } catch (error) {
    failure = error.message
  }
  return { add: add.ms, complete: { ms: performance.now() - started, failure, placedBefore } }
}
