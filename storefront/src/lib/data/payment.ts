"use server"

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { amountToMinor } from "@/lib/util/money"
import { errorKeyFor, type ErrorKey } from "@/modules/checkout/lib/errors"
import type { StockProblem } from "@/lib/util/stock"
import { checkAvailability, retrieveCart } from "./cart"
import { describeError, storeFetch } from "./cookies"

const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
const EMULATOR_PUBLISHABLE_KEY = "pk_test_telar_emulator"

export type StripeConfig = {
  publishableKey: string
  /** Stripe.js (or the local emulator's stand-in), injected before loadStripe runs. */
  scriptSrc: string
  /** No real Stripe keys: the local emulator takes the payments. */
  testMode: boolean
}

/** Read at run time from the server's environment, so one build serves every environment. */
export async function getStripeConfig(): Promise<StripeConfig> {
  const key = process.env.STRIPE_PUBLISHABLE_KEY?.trim()
  const real = !!key && /^pk_(test|live)_/.test(key) && key !== EMULATOR_PUBLISHABLE_KEY
  if (real) return { publishableKey: key!, scriptSrc: "https://js.stripe.com/v3", testMode: false }
  const base = (process.env.STRIPE_EMULATOR_PUBLIC_URL || "http://localhost:12111").replace(/\/$/, "")
  return { publishableKey: EMULATOR_PUBLISHABLE_KEY, scriptSrc: `${base}/v3`, testMode: true }
}

type Session = HttpTypes.StorePaymentSession & { data?: { client_secret?: string; id?: string } }

export type PreparePaymentResult =
  | { ok: true; clientSecret: string; amount: number; currency: string }
  | { ok: false; error: ErrorKey | "incomplete"; problems?: StockProblem[] }

/**
 * Right before the card is charged: checks that every piece can still be had, then returns a
 * Stripe payment session for exactly the cart's current total (reusing a matching one).
 */
export async function preparePayment(): Promise<PreparePaymentResult> {
  const cart = await retrieveCart()
  if (!cart?.items?.length) return { ok: false, error: "cartGone" }
  const availability = await checkAvailability(cart)
  if (!availability.ok) return { ok: false, error: "soldOut", problems: availability.problems }
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_methods?.length) {
    return { ok: false, error: "incomplete" }
  }
  const currency = cart.currency_code
  try {
    const existing = (cart.payment_collection?.payment_sessions ?? []) as Session[]
    const reusable = existing.find(
      (session) =>
        session.provider_id === STRIPE_PROVIDER_ID &&
        session.status === "pending" &&
        amountToMinor(session.amount, currency) === amountToMinor(cart.total, currency) &&
        session.data?.client_secret
    )
    if (reusable?.data?.client_secret) {
      return { ok: true, clientSecret: reusable.data.client_secret, amount: amountToMinor(cart.total, currency), currency }
    }
    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      const { payment_collection } = await storeFetch<{ payment_collection: HttpTypes.StorePaymentCollection }>(
        "/store/payment-collections",
        { method: "POST", body: { cart_id: cart.id } }
      )
      collectionId = payment_collection.id
    }
    const { payment_collection } = await storeFetch<{ payment_collection: HttpTypes.StorePaymentCollection }>(
      `/store/payment-collections/${collectionId}/payment-sessions`,
      { method: "POST", body: { provider_id: STRIPE_PROVIDER_ID } }
    )
    const session = ((payment_collection.payment_sessions ?? []) as Session[]).find(
      (candidate) => candidate.provider_id === STRIPE_PROVIDER_ID
    )
    const clientSecret = session?.data?.client_secret
    if (!clientSecret) throw new Error("payment session without a client secret")
    return { ok: true, clientSecret, amount: amountToMinor(payment_collection.amount ?? cart.total, currency), currency }
  } catch (error) {
    const info = describeError(error)
    console.error(`[telar payment] prepare: ${info.status} ${info.message}`)
    const key = errorKeyFor(info)
    return { ok: false, error: key === "generic" || key === "notFound" ? "paymentUnavailable" : key }
  }
}
