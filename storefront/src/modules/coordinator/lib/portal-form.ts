import { cookieJsonObject } from "./cookie-json"

/**
 * A portal form's outcome on its way back to the page: the form posts to /api/portal/<form>, which
 * answers with a redirect to the page and this in a cookie that lives seconds (wrong password,
 * link sent…). Storage-free, so it is tested without Next.
 */
export const PORTAL_FORM_COOKIE = "_telar_portal_form"

export const PORTAL_FORM_ERRORS = [
  "loginFailed",
  "passwordShort",
  "passwordsDiffer",
  "inviteInvalid",
  "emailInvalid",
  "resetInvalid",
  "tooManyTries",
  "unreachable",
  "generic",
] as const

export type PortalFormError = (typeof PORTAL_FORM_ERRORS)[number]
export type PortalFormOutcome = {
  error?: PortalFormError
  /** Typed again into the form after a failed try. */
  email?: string
  /** A reset link was asked for (the same answer whether or not the email has an account). */
  sent?: boolean
}

/** The outcome the cookie carries, or null for anything that is not one. */
export function readPortalForm(raw: string | undefined): PortalFormOutcome | null {
  const value = cookieJsonObject(raw)
  if (!value) return null
  const { error, email, sent } = value
  const outcome: PortalFormOutcome = {}
  if (typeof error === "string" && (PORTAL_FORM_ERRORS as readonly string[]).includes(error)) outcome.error = error as PortalFormError
  if (typeof email === "string" && email.length <= 320) outcome.email = email
  if (sent === true) outcome.sent = true
  return Object.keys(outcome).length ? outcome : null
}
