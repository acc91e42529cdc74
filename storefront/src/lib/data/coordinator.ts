import "server-only"
import { cookies } from "next/headers"
import type { Locale } from "@/i18n/routing"
import type {
  CoordinatorLedgerPage,
  CoordinatorOrderList,
  CoordinatorPayout,
  CoordinatorProfile,
  ParcelStatusResult,
  ProductRequest,
  ProductRequestPhoto,
  ProductRequestSubmission,
  ShelfProduct,
  StockChangeResult,
} from "@telar/types"
import { portalPath } from "@/lib/util/portal"
import { isEmail } from "@/modules/common/lib/address"
import { monthPeriod } from "@/modules/coordinator/lib/payments"
import { PORTAL_FORM_COOKIE, type PortalFormOutcome } from "@/modules/coordinator/lib/portal-form"
import { shelfNotice, stockFormChange, stockFormVariant } from "@/modules/coordinator/lib/stock-form"
import { sdk } from "./client"
import { COORDINATOR_COOKIE, coordinatorRequest, SHELF_NOTICE_COOKIE } from "./coordinator-pages"
import { COOKIE_BASE, describeError, storeFetch } from "./cookies"

async function token(): Promise<string | undefined> {
  return (await cookies()).get(COORDINATOR_COOKIE)?.value || undefined
}

async function coordinatorFetch<T>(
  path: string,
  init: { method?: "GET" | "POST"; body?: unknown; query?: Record<string, unknown> } = {}
): Promise<T> {
  return coordinatorRequest<T>({ token: await token() }, path, init)
}

/** What a portal form did: null, or what went wrong, the email typed, a link sent (modules/coordinator/lib/portal-form). */
export type PortalFormState = PortalFormOutcome | null

/** Where a posted portal form goes: back to its page with its state, or on to the page named. */
export type PortalFormAnswer = PortalFormState | { to: string }

/** Keeps a form's outcome for the page it goes back to, which reads it once (30 s at most). */
export async function keepPortalFormOutcome(state: PortalFormOutcome): Promise<void> {
  ;(await cookies()).set(PORTAL_FORM_COOKIE, JSON.stringify(state), { ...COOKIE_BASE, maxAge: 30 })
}

async function logIn(email: string, password: string): Promise<void> {
  const { token: issued } = await storeFetch<{ token?: string }>("/auth/coordinator/emailpass", {
    method: "POST",
    auth: false,
    body: { email, password },
  })
  if (!issued) throw Object.assign(new Error("no token"), { status: 401 })
  ;(await cookies()).set(COORDINATOR_COOKIE, issued, { ...COOKIE_BASE, maxAge: 60 * 60 * 24 })
}

function failure(error: unknown): PortalFormState {
  const { status } = describeError(error)
  if (status === 0) return { error: "unreachable" }
  if (status === 401 || status === 400) return { error: "loginFailed" }
  return { error: "generic" }
}

/** The portal page's language, sent along by each form: anything but English reads Spanish. */
export function formLocale(form: FormData): Locale {
  return String(form.get("locale")) === "en" ? "en" : "es"
}

/** The email as typed, written the way the coordinator's account stores it. */
function formEmail(form: FormData): string {
  return String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
}

/** Why a new password typed twice cannot be saved, or null; the backend asks for 10 characters too. */
function newPasswordProblem(password: string, confirm: FormDataEntryValue | null): PortalFormState {
  if (password.length < 10) return { error: "passwordShort" }
  if (password !== String(confirm ?? "")) return { error: "passwordsDiffer" }
  return null
}

export async function coordinatorLogin(form: FormData): Promise<PortalFormAnswer> {
  const locale = formLocale(form)
  const email = formEmail(form)
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { error: "loginFailed", email }
  try {
    await logIn(email, password)
  } catch (error) {
    return { ...failure(error), email }
  }
  return { to: portalPath(locale, "home") }
}

export async function acceptInvitation(form: FormData): Promise<PortalFormAnswer> {
  const locale = formLocale(form)
  const invitation = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  const problem = newPasswordProblem(password, form.get("confirm"))
  if (problem) return problem
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
  return { to: portalPath(locale, "home") }
}

function resetFailure(error: unknown): PortalFormState {
  const { status } = describeError(error)
  if (status === 0) return { error: "unreachable" }
  if (status === 429) return { error: "tooManyTries" }
  return { error: "generic" }
}

/** Asks Medusa to mail a reset link; answers alike for known and unknown emails. */
export async function requestCoordinatorPasswordReset(form: FormData): Promise<PortalFormState> {
  const locale = formLocale(form)
  const email = formEmail(form)
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
export async function resetCoordinatorPassword(form: FormData): Promise<PortalFormAnswer> {
  const locale = formLocale(form)
  const reset = String(form.get("token") ?? "")
  const email = formEmail(form)
  const password = String(form.get("password") ?? "")
  const problem = newPasswordProblem(password, form.get("confirm"))
  if (problem) return problem
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
  return { to: loggedIn ? portalPath(locale, "home") : `${portalPath(locale, "login")}?reset=done` }
}

export async function coordinatorLogout(form: FormData): Promise<{ to: string }> {
  const locale = formLocale(form)
  ;(await cookies()).set(COORDINATOR_COOKIE, "", { ...COOKIE_BASE, maxAge: -1 })
  return { to: portalPath(locale, "login") }
}

/** A change by a count (the steppers) or to a count (keeping the phone's number after a conflict), never both. */
export type StockChangeInput = { client_mutation_id: string; variant_id: string; expected_stocked_quantity?: number } & (
  | { delta: number; stocked_quantity?: never }
  | { stocked_quantity: number; delta?: never }
)

export type StockChangeFailure = { error: "sessionExpired" | "unreachable" | "rejected" | "generic" }

/** One stock change from a stepper: applied once whatever the retries (the client's mutation id). */
export async function changeStock(
  change: StockChangeInput,
  source: "portal" | "offline_sync" = "portal"
): Promise<StockChangeResult | StockChangeFailure> {
  try {
    const { results } = await coordinatorFetch<{ results: StockChangeResult[] }>("/coordinator/inventory", {
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

/**
 * A stepper's form, posted before the page's JavaScript runs (or without it): the change is made
 * like a tap's, then the shelf is loaded again and says what became of it. The form's mutation id
 * was made with the page, so the same page posted twice changes the stock once.
 */
export async function changeStockFromForm(form: FormData): Promise<{ to: string }> {
  const locale = formLocale(form)
  const change = stockFormChange(form)
  const variantId = change?.variant_id ?? stockFormVariant(form)
  if (variantId) {
    const answer: StockChangeResult | StockChangeFailure = change ? await changeStock(change) : { error: "rejected" }
    ;(await cookies()).set(SHELF_NOTICE_COOKIE, JSON.stringify(shelfNotice(variantId, answer)), {
      ...COOKIE_BASE,
      // The redirect's page load reads it at once; only a reload within these seconds shows it again.
      maxAge: 20,
    })
  }
  // A redirect, not a page in the POST's answer: reloading the shelf then posts nothing again.
  return { to: portalPath(locale, "home") }
}

export type ParcelStatusInput = {
  order_id: string
  status: "ready" | "handed_to_carrier"
  carrier?: string
  tracking_number?: string
  client_mutation_id: string
}

export type ParcelStatusFailure =
  | { error: "sessionExpired" | "unreachable" | "generic" }
  /** The backend refused (the parcel moved on, the order was canceled…): its message is in the coordinator's language. */
  | { error: "refused"; message: string }

/** Marks the cooperative's parcel of an order ready, or handed to a carrier; a retry with the same mutation id changes nothing. */
export async function setParcelStatus(input: ParcelStatusInput): Promise<ParcelStatusResult | ParcelStatusFailure> {
  // The id goes into the path: only a well-formed order id is sent. (Sent as JSON by the portal's
  // script, the fields are checked here, not trusted to be strings.)
  if (typeof input.order_id !== "string" || !/^order_[A-Za-z0-9]{1,64}$/.test(input.order_id)) return { error: "generic" }
  const carrier = typeof input.carrier === "string" ? input.carrier.trim() : undefined
  const tracking = typeof input.tracking_number === "string" ? input.tracking_number.trim() : undefined
  const body = {
    status: input.status,
    client_mutation_id: input.client_mutation_id,
    ...(input.status === "handed_to_carrier" && carrier ? { carrier } : {}),
    ...(input.status === "handed_to_carrier" && tracking ? { tracking_number: tracking } : {}),
  }
  try {
    return await coordinatorFetch<ParcelStatusResult>(`/coordinator/orders/${input.order_id}/parcel`, { method: "POST", body })
  } catch (error) {
    const { status, message } = describeError(error)
    if (status === 401) return { error: "sessionExpired" }
    if (status === 0) return { error: "unreachable" }
    if ((status === 400 || status === 404) && message) return { error: "refused", message }
    return { error: "generic" }
  }
}

/** Why a photo or a proposal did not go; `message` is the backend's own, in the coordinator's language. */
export type RequestFailure = { error: "sessionExpired" | "unreachable" | "tooLarge" | "rejected" | "generic"; message?: string }

function requestFailure(error: unknown): RequestFailure {
  const { status, message } = describeError(error)
  if (status === 401) return { error: "sessionExpired" }
  if (status === 0) return { error: "unreachable" }
  if (status === 413) return { error: "tooLarge", message }
  if (status >= 400 && status < 500) return { error: "rejected", message }
  return { error: "generic" }
}

/** The backend's own limit: a heavier file is refused here without being sent. */
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024

/**
 * One photo of a piece (the form field `photo`), sent on its own so a weak signal retries one
 * photo, not all; the backend resizes it and answers with the same photo when it is sent twice.
 */
export async function uploadRequestPhoto(form: FormData): Promise<{ photo: ProductRequestPhoto } | RequestFailure> {
  const file = form.get("photo")
  if (!(file instanceof Blob) || file.size === 0) return { error: "rejected" }
  if (file.size > MAX_PHOTO_BYTES) return { error: "tooLarge" }
  try {
    const content = Buffer.from(await file.arrayBuffer()).toString("base64")
    const { photo } = await coordinatorFetch<{ photo: ProductRequestPhoto }>("/coordinator/product-requests/photos", {
      method: "POST",
      body: { content },
    })
    return { photo }
  } catch (error) {
    return requestFailure(error)
  }
}

/** Sends a proposed piece; sent again with the same client_request_id (a retry), it answers with the first. */
export async function submitProductRequest(input: ProductRequestSubmission): Promise<{ request: ProductRequest } | RequestFailure> {
  try {
    const { product_request } = await coordinatorFetch<{ product_request: ProductRequest }>("/coordinator/product-requests", {
      method: "POST",
      body: input,
    })
    return { request: product_request }
  } catch (error) {
    return requestFailure(error)
  }
}

export type ProductRequestChange = Omit<ProductRequestSubmission, "client_request_id"> & { revision: number }

/** A returned proposal, changed and sent to the Telar team again. */
export async function resubmitProductRequest(
  id: string,
  input: ProductRequestChange
): Promise<{ request: ProductRequest } | RequestFailure> {
  if (!/^preq_[A-Za-z0-9]{1,64}$/.test(id)) return { error: "rejected" }
  try {
    const { product_request } = await coordinatorFetch<{ product_request: ProductRequest }>(
      `/coordinator/product-requests/${id}/resubmit`,
      { method: "POST", body: input }
    )
    return { request: product_request }
  } catch (error) {
    return requestFailure(error)
  }
}

export type StatementFailure = { error: "sessionExpired" | "unreachable" | "generic" }

/**
 * The cooperative's printable statement (an HTML page the backend renders) for a month, or this
 * month so far when none is given; in the portal page's language.
 */
export async function loadStatement(input: { language: string; month?: string }): Promise<{ html: string } | StatementFailure> {
  const current = await token()
  if (!current) return { error: "sessionExpired" }
  const lang = input.language === "en" ? "en" : "es"
  const period = input.month ? monthPeriod(input.month) : null
  try {
    // Asked for as HTML: the sdk answers the raw response instead of parsing JSON.
    const response = await sdk.client.fetch<Response>("/coordinator/statement", {
      query: { lang, ...(period ?? {}) },
      headers: { authorization: `Bearer ${current}`, accept: "text/html" },
      cache: "no-store",
    })
    return { html: await response.text() }
  } catch (error) {
    const { status } = describeError(error)
    if (status === 401) return { error: "sessionExpired" }
    if (status === 0) return { error: "unreachable" }
    return { error: "generic" }
  }
}
