"use server"

import "server-only"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import type { CoordinatorProfile, ShelfProduct, ShelfVariant, StockChangeResult as StockResult } from "@telar/types"
import { portalPath } from "@/lib/util/portal"
import { isEmail } from "@/modules/common/lib/address"
import { sdk } from "./client"
import { describeError, storeFetch } from "./cookies"

export type { CoordinatorProfile, ShelfProduct, ShelfVariant, StockResult }

/** The coordinator's login lives in its own httpOnly cookie: never the shopper's. */
const COORDINATOR_COOKIE = "_telar_coordinator"
const secure = process.env.NODE_ENV === "production" && process.env.TELAR_INSECURE_COOKIES !== "1"

async function token(): Promise<string | undefined> {
  return (await cookies()).get(COORDINATOR_COOKIE)?.value || undefined
}

async function coordinatorFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const current = await token()
  if (!current) throw Object.assign(new Error("not logged in"), { status: 401 })
  return storeFetch<T>(path, { ...init, auth: false, token: current })
}

/** The portal's data for a page, or null when the coordinator must log in (again). */
export async function loadPortal(): Promise<{ me: CoordinatorProfile; products: ShelfProduct[] } | null> {
  try {
    const [{ coordinator }, { products }] = await Promise.all([
      coordinatorFetch<{ coordinator: CoordinatorProfile }>("/coordinator/me"),
      coordinatorFetch<{ products: ShelfProduct[] }>("/coordinator/products"),
    ])
    return { me: coordinator, products }
  } catch (error) {
    if (describeError(error).status === 401) return null
    throw error
  }
}

export type PortalFormState = {
  error?:
    | "loginFailed"
    | "passwordShort"
    | "passwordsDiffer"
    | "inviteInvalid"
    | "emailInvalid"
    | "resetInvalid"
    | "tooManyTries"
    | "unreachable"
    | "generic"
  /** Typed again into the form after a failed try (React resets a form after its action). */
  email?: string
  /** A reset link was asked for (the same answer whether or not the email has an account). */
  sent?: boolean
} | null

async function logIn(email: string, password: string): Promise<void> {
  const { token: issued } = await storeFetch<{ token?: string }>("/auth/coordinator/emailpass", {
    method: "POST",
    auth: false,
    body: { email, password },
  })
  if (!issued) throw Object.assign(new Error("no token"), { status: 401 })
  ;(await cookies()).set(COORDINATOR_COOKIE, issued, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 60 * 60 * 24 })
}

function failure(error: unknown): PortalFormState {
  const { status } = describeError(error)
  if (status === 0) return { error: "unreachable" }
  if (status === 401 || status === 400) return { error: "loginFailed" }
  return { error: "generic" }
}

export async function coordinatorLogin(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale = String(form.get("locale")) === "en" ? "en" : "es"
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { error: "loginFailed", email }
  try {
    await logIn(email, password)
  } catch (error) {
    return { ...failure(error), email }
  }
  redirect(portalPath(locale, "home"))
}

export async function acceptInvitation(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale: Locale = String(form.get("locale")) === "en" ? "en" : "es"
  const invitation = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  if (password.length < 10) return { error: "passwordShort" }
  if (password !== String(form.get("confirm") ?? "")) return { error: "passwordsDiffer" }
  try {
    const { coordinator } = await storeFetch<{ coordinator: { email: string } }>("/coordinator/invites/accept", {
      method: "POST",
      auth: false,
      body: { token: invitation, password },
    })
    await logIn(coordinator.email, password)
  } catch (error) {
    const { status } = describeError(error)
    return status === 400 ? { error: "inviteInvalid" } : failure(error)
  }
  redirect(portalPath(locale, "home"))
}

function resetFailure(error: unknown): PortalFormState {
  const { status } = describeError(error)
  if (status === 0) return { error: "unreachable" }
  if (status === 429) return { error: "tooManyTries" }
  return { error: "generic" }
}

/** Asks Medusa to mail a reset link; answers alike for known and unknown emails. */
export async function requestCoordinatorPasswordReset(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale: Locale = String(form.get("locale")) === "en" ? "en" : "es"
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  if (!isEmail(email)) return { error: "emailInvalid", email }
  try {
    // The mail is written in the language the coordinator asked in.
    await sdk.auth.resetPassword("coordinator", "emailpass", { identifier: email, metadata: { locale } })
  } catch (error) {
    return { ...resetFailure(error), email }
  }
  return { sent: true, email }
}

/** Saves the new password with the mailed token, then opens the portal (or the login page, told it worked). */
export async function resetCoordinatorPassword(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const locale: Locale = String(form.get("locale")) === "en" ? "en" : "es"
  const reset = String(form.get("token") ?? "")
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  if (password.length < 10) return { error: "passwordShort" }
  if (password !== String(form.get("confirm") ?? "")) return { error: "passwordsDiffer" }
  if (!reset) return { error: "resetInvalid" }
  try {
    await sdk.auth.updateProvider("coordinator", "emailpass", email ? { email, password } : { password }, reset)
  } catch (error) {
    // 401: the link expired, was used already, or is no reset link at all.
    return describeError(error).status === 401 ? { error: "resetInvalid" } : resetFailure(error)
  }
  let loggedIn = false
  if (email) {
    try {
      await logIn(email, password)
      loggedIn = true
    } catch {
      // The password is saved; the login page takes it from here.
    }
  }
  redirect(loggedIn ? portalPath(locale, "home") : `${portalPath(locale, "login")}?reset=done`)
}

export async function coordinatorLogout(form: FormData): Promise<void> {
  const locale = String(form.get("locale")) === "en" ? "en" : "es"
  ;(await cookies()).set(COORDINATOR_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: -1 })
  redirect(portalPath(locale, "login"))
}

export type StockChangeInput = { client_mutation_id: string; variant_id: string; delta: number; expected_stocked_quantity?: number }

/** One stock change from a stepper: applied once whatever the retries (the client's mutation id). */
export async function changeStock(
  change: StockChangeInput,
  source: "portal" | "offline_sync" = "portal"
): Promise<StockResult | { error: "sessionExpired" | "unreachable" | "rejected" | "generic" }> {
  try {
    const { results } = await coordinatorFetch<{ results: StockResult[] }>("/coordinator/inventory", {
      method: "POST",
      body: { source, changes: [change] },
    })
    return results[0]
  } catch (error) {
    const { status } = describeError(error)
    if (status === 401) return { error: "sessionExpired" }
    if (status === 0) return { error: "unreachable" }
    // Refused as it is (e.g. the piece left the shelf): sending it again would not help.
    if (status >= 400 && status < 500) return { error: "rejected" }
    return { error: "generic" }
  }
}
