"use server"

import "server-only"
import { refresh } from "next/cache"
import { errorKeyFor, type ErrorKey } from "@/modules/checkout/lib/errors"
import { isSpeed, type ShippingPlan } from "@/modules/checkout/lib/shipping"
import { describeError, getCartId, storeFetch } from "./cookies"

/*
 * Each cooperative ships its own parcel from its own workshop, so shipping is chosen once
 * (standard or express) and Telar's backend sets one shipping method per cooperative.
 */

/** The parcels of the visitor's cart and what each speed costs; null when it cannot be had. */
export async function getShippingPlan(): Promise<ShippingPlan | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const plan = await storeFetch<ShippingPlan>(`/store/carts/${cartId}/shipping-plan`)
    return { speeds: (plan.speeds ?? []).filter(isSpeed), groups: plan.groups ?? [] }
  } catch (error) {
    const { status, message } = describeError(error)
    console.error(`[telar shipping] plan: ${status} ${message}`)
    return null
  }
}

export type ShippingResult = { ok: true } | { ok: false; error: ErrorKey }

export async function setShippingSpeed(speed: string): Promise<ShippingResult> {
  if (!isSpeed(speed)) return { ok: false, error: "generic" }
  const cartId = await getCartId()
  if (!cartId) return { ok: false, error: "cartGone" }
  try {
    await storeFetch(`/store/carts/${cartId}/shipping-plan`, { method: "POST", body: { speed } })
    refresh()
    return { ok: true }
  } catch (error) {
    const info = describeError(error)
    console.error(`[telar shipping] set ${speed}: ${info.status} ${info.message}`)
    const key = errorKeyFor(info)
    return { ok: false, error: key === "generic" || key === "notFound" ? "shippingUnavailable" : key }
  }
}
