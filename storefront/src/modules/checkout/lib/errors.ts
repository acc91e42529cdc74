/**
 * Maps what the store API answered to a message key the shopper can act on. Keys live under
 * the `errors` object of the `cart`/`checkout`/`account` namespaces; raw backend text is never shown.
 */
export const ERROR_KEYS = [
  "soldOut",
  "promoInvalid",
  "promoNotApplicable",
  "cartGone",
  "cartCompleted",
  "unreachable",
  "invalidEmail",
  "loginFailed",
  "emailTaken",
  "sessionExpired",
  "notFound",
  "paymentNotAuthorized",
  "paymentUnavailable",
  "shippingUnavailable",
  "generic",
] as const

export type ErrorKey = (typeof ERROR_KEYS)[number]

export function errorKeyFor(error: { status?: number; message?: string } | null | undefined): ErrorKey {
  const status = error?.status ?? 0
  const message = (error?.message ?? "").toLowerCase()
  if (status === 0 || /fetch failed|econnrefused|network|socket/.test(message)) return "unreachable"
  if (/inventory|out of stock|sold out|not available|quantity/.test(message) && !/promotion/.test(message)) return "soldOut"
  if (/promotion|promo code|discount code/.test(message)) {
    return /not applicable|cannot be applied|limit|budget|rules?/.test(message) ? "promoNotApplicable" : "promoInvalid"
  }
  if (/already completed|completed_at|is completed/.test(message)) return "cartCompleted"
  if (/cart.*(not found|was not found)|(not found).*cart/.test(message)) return "cartGone"
  if (/identity with email already exists|already exists/.test(message)) return "emailTaken"
  if (/invalid email or password|invalid credentials|password/.test(message) && (status === 401 || status === 400)) return "loginFailed"
  if (status === 401) return "sessionExpired"
  if (/email/.test(message) && status === 400) return "invalidEmail"
  if (/shipping/.test(message)) return "shippingUnavailable"
  if (/payment.*(authoriz|not been)|authoriz.*payment/.test(message)) return "paymentNotAuthorized"
  if (status === 404) return "notFound"
  return "generic"
}

/**
 * Stripe's answer to card fields left empty or half filled (`validation_error`): the shopper
 * fixes a field, nothing was attempted, so it is no declined payment.
 */
export function isCardEntryError(error: { type?: string } | null | undefined): boolean {
  return error?.type === "validation_error"
}
