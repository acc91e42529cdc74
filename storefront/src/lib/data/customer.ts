"use server"

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { addressFromForm, hasErrors, isEmail, toStoreAddress, validateAddress } from "@/modules/common/lib/address"
import { errorKeyFor, type ErrorKey } from "@/modules/checkout/lib/errors"
import { sdk } from "./client"
import { describeError, getAuthToken, getCartId, removeAuthToken, removeCartId, setAuthToken, storeFetch } from "./cookies"

/*
 * Customer accounts. The JWT stays in an httpOnly cookie and is sent per request; it is never
 * stored on the shared SDK client (which serves every visitor).
 */

export type StoreCustomer = HttpTypes.StoreCustomer
export type AccountState = {
  ok: boolean
  error?: ErrorKey
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
} | null

function log(where: string, error: unknown) {
  const { status, message } = describeError(error)
  console.error(`[telar customer] ${where}: ${status} ${message}`)
}

/** The signed-in customer with their address book, or null. */
export async function getCustomer(): Promise<StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await storeFetch<{ customer: StoreCustomer }>("/store/customers/me", {
      query: { fields: "*addresses" },
    })
    return customer
  } catch (error) {
    if (describeError(error).status !== 401) log("me", error)
    return null
  }
}

/** Only same-site paths inside the shop (no open redirects). */
function safeNext(value: FormDataEntryValue | null): string {
  const next = String(value ?? "")
  return /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : "/account"
}

/** Hands a guest cart to the customer who just signed in. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  await storeFetch(`/store/carts/${cartId}/customer`, { method: "POST", token, query: { fields: "id" } }).catch((error) =>
    log("transfer cart", error)
  )
}

async function authenticate(email: string, password: string): Promise<string> {
  const { token } = await storeFetch<{ token?: string; location?: string }>("/auth/customer/emailpass", {
    method: "POST",
    auth: false,
    body: { email, password },
  })
  if (!token) throw Object.assign(new Error("no token"), { status: 401 })
  return token
}

export async function login(_previous: AccountState, form: FormData): Promise<AccountState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  const values = { email }
  const fieldErrors: Record<string, string> = {}
  if (!isEmail(email)) fieldErrors.email = "email"
  if (!password) fieldErrors.password = "required"
  if (hasErrors(fieldErrors)) return { ok: false, fieldErrors, values }
  try {
    const token = await authenticate(email, password)
    await setAuthToken(token)
    await adoptCart(token)
  } catch (error) {
    const info = describeError(error)
    if (info.status !== 401) log("login", error)
    return { ok: false, error: info.status === 401 || info.status === 400 ? "loginFailed" : errorKeyFor(info), values }
  }
  redirect({ href: safeNext(form.get("next")), locale: await getLocale() })
  return { ok: true }
}

export async function register(_previous: AccountState, form: FormData): Promise<AccountState> {
  const values = {
    first_name: String(form.get("first_name") ?? "").trim(),
    last_name: String(form.get("last_name") ?? "").trim(),
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  }
  const password = String(form.get("password") ?? "")
  const fieldErrors: Record<string, string> = {}
  if (!values.first_name) fieldErrors.first_name = "required"
  if (!values.last_name) fieldErrors.last_name = "required"
  if (!isEmail(values.email)) fieldErrors.email = "email"
  if (password.length < 8) fieldErrors.password = "passwordShort"
  if (hasErrors(fieldErrors)) return { ok: false, fieldErrors, values }
  try {
    const { token: registration } = await storeFetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      auth: false,
      body: { email: values.email, password },
    })
    await storeFetch("/store/customers", { method: "POST", token: registration, body: values, query: { fields: "id" } })
    // The registration token has no customer yet; a fresh login carries the new customer's id.
    const token = await authenticate(values.email, password)
    await setAuthToken(token)
    await adoptCart(token)
  } catch (error) {
    const info = describeError(error)
    const key = errorKeyFor(info)
    if (key !== "emailTaken") log("register", error)
    return { ok: false, error: key, values }
  }
  redirect({ href: safeNext(form.get("next")), locale: await getLocale() })
  return { ok: true }
}

export async function logout(): Promise<void> {
  await removeAuthToken()
  // The cart belongs to the customer now; the next person on this device starts afresh.
  await removeCartId()
  redirect({ href: "/account/login", locale: await getLocale() })
}

/* ---------------------------------------------------------------------------- password reset */

export type PasswordState = {
  /** The request went through (forgot password: the same answer whether or not the account exists). */
  ok?: boolean
  error?: "resetLinkInvalid" | "tooManyTries" | "unreachable" | "generic"
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
} | null

/** Why a password-reset call failed, in words the shopper can act on. */
function passwordError(where: string, error: unknown): NonNullable<PasswordState>["error"] {
  const { status } = describeError(error)
  if (status === 0) return "unreachable"
  if (status === 429) return "tooManyTries"
  log(where, error)
  return "generic"
}

/**
 * Asks Medusa to mail a reset link. Medusa answers alike for known and unknown emails, and so does
 * this: only a failure to ask at all (no connection, too many tries) is reported.
 */
export async function requestPasswordReset(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const values = { email }
  if (!isEmail(email)) return { fieldErrors: { email: "email" }, values }
  try {
    // The mail is written in the language of the page the shopper asked from.
    await sdk.auth.resetPassword("customer", "emailpass", { identifier: email, metadata: { locale: await getLocale() } })
  } catch (error) {
    return { error: passwordError("reset request", error), values }
  }
  return { ok: true, values }
}

/**
 * Saves a new password with the mailed token, then signs the shopper in with it (as shops do after a
 * reset); if that sign-in fails, they land on the sign-in page, told their password changed.
 */
export async function resetPassword(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  const token = String(form.get("token") ?? "")
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  const fieldErrors: Record<string, string> = {}
  if (password.length < 8) fieldErrors.password = "passwordShort"
  else if (password !== String(form.get("confirm") ?? "")) fieldErrors.confirm = "passwordsDiffer"
  if (hasErrors(fieldErrors)) return { fieldErrors }
  if (!token) return { error: "resetLinkInvalid" }
  try {
    // Medusa takes the account from the token; the email only says whose password this is.
    await sdk.auth.updateProvider("customer", "emailpass", isEmail(email) ? { email, password } : { password }, token)
  } catch (error) {
    // 401: expired, already used, or not a reset token at all.
    return { error: describeError(error).status === 401 ? "resetLinkInvalid" : passwordError("reset", error) }
  }
  let signedIn = false
  if (isEmail(email)) {
    try {
      const issued = await authenticate(email, password)
      await setAuthToken(issued)
      await adoptCart(issued)
      signedIn = true
    } catch (error) {
      log("sign in after reset", error)
    }
  }
  const locale = await getLocale()
  if (signedIn) redirect({ href: "/account", locale })
  else redirect({ href: { pathname: "/account/login", query: { reset: "done" } }, locale })
  return { ok: true }
}

/* --------------------------------------------------------------------------------- addresses */

export async function saveAddress(_previous: AccountState, form: FormData): Promise<AccountState> {
  if (!(await getAuthToken())) return { ok: false, error: "sessionExpired" }
  const addressId = String(form.get("address_id") ?? "")
  const address = addressFromForm(form)
  const values = Object.fromEntries(Object.entries(address)) as Record<string, string>
  const errors = validateAddress(address, ["us", "mx"])
  if (hasErrors(errors)) return { ok: false, fieldErrors: errors as Record<string, string>, values }
  try {
    if (addressId) {
      if (!/^[A-Za-z0-9_]+$/.test(addressId)) return { ok: false, error: "generic" }
      await storeFetch(`/store/customers/me/addresses/${addressId}`, {
        method: "POST",
        body: { ...toStoreAddress(address), address_2: address.address_2, province: address.province, phone: address.phone },
        query: { fields: "id" },
      })
    } else {
      await storeFetch("/store/customers/me/addresses", { method: "POST", body: toStoreAddress(address), query: { fields: "id" } })
    }
    refresh()
    return { ok: true }
  } catch (error) {
    log("save address", error)
    return { ok: false, error: errorKeyFor(describeError(error)), values }
  }
}

export async function deleteAddress(addressId: string): Promise<{ ok: boolean; error?: ErrorKey }> {
  if (typeof addressId !== "string" || !/^[A-Za-z0-9_]+$/.test(addressId)) return { ok: false, error: "generic" }
  if (!(await getAuthToken())) return { ok: false, error: "sessionExpired" }
  try {
    await storeFetch(`/store/customers/me/addresses/${addressId}`, { method: "DELETE" })
    refresh()
    return { ok: true }
  } catch (error) {
    log("delete address", error)
    return { ok: false, error: errorKeyFor(describeError(error)) }
  }
}
