import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cookies } from "next/headers"
import { sdk } from "./client"
import { localeHeaders } from "./locale"

/**
 * Per-visitor state: the cart id and the customer's JWT live in httpOnly cookies, and every
 * request that touches them goes out uncached (never under a shared cache tag).
 */
const CART_COOKIE = "_telar_cart_id"
const AUTH_COOKIE = "_telar_jwt"
/** The last order this browser placed, so its confirmation page can be shown to a guest. */
const LAST_ORDER_COOKIE = "_telar_last_order"

const secure = process.env.NODE_ENV === "production" && process.env.TELAR_INSECURE_COOKIES !== "1"
/** Options of every cookie the storefront sets for a visitor (add its maxAge). */
export const COOKIE_BASE = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function getCartId(): Promise<string | undefined> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  // It ends up in URL paths: only a well-formed cart id is trusted.
  return value && /^cart_[A-Za-z0-9]{1,64}$/.test(value) ? value : undefined
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, { ...COOKIE_BASE, maxAge: 60 * 60 * 24 * 30 })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, "", { ...COOKIE_BASE, maxAge: -1 })
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...COOKIE_BASE, maxAge: 60 * 60 * 24 * 7 })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, "", { ...COOKIE_BASE, maxAge: -1 })
}

export async function getLastOrderId(): Promise<string | undefined> {
  const value = (await cookies()).get(LAST_ORDER_COOKIE)?.value
  return value && /^order_[A-Za-z0-9]{1,64}$/.test(value) ? value : undefined
}

export async function setLastOrderId(id: string): Promise<void> {
  ;(await cookies()).set(LAST_ORDER_COOKIE, id, { ...COOKIE_BASE, maxAge: 60 * 60 * 24 })
}

/** The shopper's language for Medusa plus, when signed in, their bearer token. */
async function visitorHeaders(withAuth = true): Promise<Record<string, string>> {
  const headers: Record<string, string> = { ...(await localeHeaders()) }
  if (withAuth) {
    const token = await getAuthToken()
    if (token) headers.authorization = `Bearer ${token}`
  }
  return headers
}

type Init = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, unknown>
  /** Send the customer's JWT (default true). */
  auth?: boolean
  /** Overrides the bearer token (e.g. right after registering). */
  token?: string
}

/**
 * A visitor-specific call to the Medusa store API: never cached, carrying the visitor's
 * language and token. The token is passed per request, never stored on the shared client.
 */
export async function storeFetch<T>(path: string, init: Init = {}): Promise<T> {
  const headers = await visitorHeaders(init.auth !== false)
  if (init.token) headers.authorization = `Bearer ${init.token}`
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body as Record<string, unknown> | undefined,
    query: init.query,
    headers,
    cache: "no-store",
  })
}

/** What the store API said went wrong, without its internals. */
export type StoreErrorInfo = { status: number; message: string }

export function describeError(error: unknown): StoreErrorInfo {
  if (error instanceof FetchError) {
    return { status: error.status ?? 0, message: error.message || error.statusText || "" }
  }
  if (error && typeof error === "object" && "status" in error && "message" in error) {
    return { status: Number((error as { status: unknown }).status) || 0, message: String((error as { message: unknown }).message) }
  }
  // fetch() itself failed: the backend is down or unreachable.
  return { status: 0, message: error instanceof Error ? error.message : String(error) }
}
