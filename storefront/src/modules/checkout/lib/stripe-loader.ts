"use client"

import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"

let pending: Promise<Stripe | null> | null = null

/**
 * Injects Stripe.js (or the local emulator's stand-in) from `src`, then lets @stripe/stripe-js
 * wrap the `window.Stripe` it finds. The pure entry point never injects a script of its own.
 */
export function loadStripeFrom(src: string, publishableKey: string, locale: string): Promise<Stripe | null> {
  if (!pending) {
    pending = injectScript(src).then(() => loadStripe(publishableKey, { locale: locale === "es" ? "es" : "en" }))
    pending.catch(() => {
      pending = null
    })
  }
  return pending
}

function injectScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if ((window as unknown as { Stripe?: unknown }).Stripe) return resolve()
    let script = document.querySelector<HTMLScriptElement>("script[data-telar-stripe]")
    if (!script) {
      script = document.createElement("script")
      script.src = src
      script.async = true
      script.dataset.telarStripe = ""
      document.head.appendChild(script)
    }
    const current = script
    current.addEventListener(
      "load",
      () => ((window as unknown as { Stripe?: unknown }).Stripe ? resolve() : reject(new Error("Stripe.js did not load"))),
      { once: true }
    )
    current.addEventListener(
      "error",
      () => {
        current.remove()
        reject(new Error("Stripe.js could not be fetched"))
      },
      { once: true }
    )
  })
}
