"use server"

import "server-only"
import type { StoreOrderReturnsResponse, StoreRequestReturnResponse } from "@telar/types"
import { refresh } from "next/cache"
import { returnItemsFromForm } from "@/modules/account/lib/returns"
import { describeError, getAuthToken, storeFetch } from "./cookies"

const isOrderId = (id: unknown): id is string => typeof id === "string" && /^order_[A-Za-z0-9]+$/.test(id)

/**
 * The signed-in customer's returns of one order, with the pieces that may still go back; null when
 * nobody is signed in, the order is not theirs, or the backend cannot say.
 */
export async function getOrderReturns(orderId: string): Promise<StoreOrderReturnsResponse | null> {
  if (!isOrderId(orderId) || !(await getAuthToken())) return null
  try {
    return await storeFetch<StoreOrderReturnsResponse>(`/store/orders/${orderId}/returns`)
  } catch (error) {
    const { status, message } = describeError(error)
    if (status !== 404 && status !== 401) console.error(`[telar returns] list: ${status} ${message}`)
    return null
  }
}

export type ReturnFormState = {
  ok?: boolean
  /** Returns opened: one per cooperative whose pieces go back. */
  created?: number
  error?: "nothingChosen" | "reasonMissing" | "notReturnable" | "signedOut" | "unreachable" | "generic"
  /** Pieces chosen without a reason. */
  missing?: string[]
} | null

/**
 * Asks for the return of the pieces chosen in the order page's form (modules/account/lib/returns.ts
 * names its fields). The backend checks the order is the customer's, every piece within its window
 * and units left; its refusal is shown as "no longer returnable", never as raw text.
 */
export async function requestReturn(_previous: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const orderId = String(form.get("order_id") ?? "")
  const { items, problem, missing } = returnItemsFromForm(form)
  if (problem) return { ok: false, error: problem, missing }
  if (!isOrderId(orderId)) return { ok: false, error: "generic" }
  if (!(await getAuthToken())) return { ok: false, error: "signedOut" }
  try {
    const { created } = await storeFetch<StoreRequestReturnResponse>(`/store/orders/${orderId}/returns`, {
      method: "POST",
      body: { items },
    })
    refresh()
    return { ok: true, created: created.length }
  } catch (error) {
    const { status, message } = describeError(error)
    if (status === 400 || status === 404) return { ok: false, error: "notReturnable" }
    if (status === 401) return { ok: false, error: "signedOut" }
    if (status === 0) return { ok: false, error: "unreachable" }
    console.error(`[telar returns] request: ${status} ${message}`)
    return { ok: false, error: "generic" }
  }
}
