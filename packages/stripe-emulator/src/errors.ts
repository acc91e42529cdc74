/** Stripe-shaped API errors: `{ error: { type, code, decline_code, message, param, ... } }`. */

export type StripeErrorType = "api_error" | "card_error" | "idempotency_error" | "invalid_request_error" | "authentication_error"

export interface StripeErrorBody {
  type: StripeErrorType
  message: string
  code?: string
  decline_code?: string
  doc_url?: string
  param?: string
  charge?: string
  payment_intent?: unknown
  payment_method?: unknown
  setup_intent?: unknown
  request_log_url?: string
}

export class StripeApiError extends Error {
  readonly status: number
  readonly body: StripeErrorBody
  readonly headers: Record<string, string>

  constructor(status: number, body: StripeErrorBody, headers: Record<string, string> = {}) {
    super(body.message)
    this.name = "StripeApiError"
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`
}

interface ErrorOptions {
  param?: string
  code?: string
  status?: number
  extra?: Partial<StripeErrorBody>
}

export function invalidRequest(message: string, opts: ErrorOptions = {}): StripeApiError {
  const body: StripeErrorBody = { type: "invalid_request_error", message }
  if (opts.code) {
    body.code = opts.code
    body.doc_url = docUrl(opts.code)
  }
  if (opts.param) body.param = opts.param
  return new StripeApiError(opts.status ?? 400, { ...body, ...opts.extra })
}

export function missingParam(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: "parameter_missing" })
}

export function resourceMissing(kind: string, id: string, param = "id"): StripeApiError {
  return invalidRequest(`No such ${kind}: '${id}'`, { param, code: "resource_missing", status: 404 })
}

export function unexpectedState(message: string, extra: Partial<StripeErrorBody> = {}): StripeApiError {
  return invalidRequest(message, { code: "payment_intent_unexpected_state", extra })
}

export function authError(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message }, { "WWW-Authenticate": 'Bearer realm="Stripe"' })
}

export function cardError(
  message: string,
  opts: { code: string; declineCode?: string; param?: string; extra?: Partial<StripeErrorBody> }
): StripeApiError {
  const body: StripeErrorBody = { type: "card_error", code: opts.code, doc_url: docUrl(opts.code), message }
  if (opts.declineCode) body.decline_code = opts.declineCode
  if (opts.param) body.param = opts.param
  return new StripeApiError(402, { ...body, ...opts.extra })
}
