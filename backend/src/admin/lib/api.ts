/** An error answered by the backend: HTTP status, Medusa's error type ("invalid_data", "not_allowed"…) and its message. */
export class AdminApiError extends Error {
  readonly status: number
  readonly type: string | null

  constructor(message: string, status: number, type: string | null) {
    super(message)
    this.name = "AdminApiError"
    this.status = status
    this.type = type
  }
}

export type QueryValue = string | number | boolean | null | undefined | (string | number)[]

/** A path with its query string; empty values are left out and arrays repeat the key (type=a&type=b). */
export function apiPath(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your admin session has ended: log in again.",
  403: "Your account may not do this.",
  404: "Not found: it may have been deleted. Reload the page.",
  409: "Someone changed this at the same time: reload the page and try again.",
}

/** Turns an error answer into an AdminApiError carrying the backend's own message when it gave one. */
export function errorFromResponse(status: number, body: unknown): AdminApiError {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {}
  const message = typeof record.message === "string" && record.message.trim() ? record.message : null
  const type = typeof record.type === "string" ? record.type : null
  const fallback =
    FALLBACK_MESSAGES[status] ?? `The server could not do this (HTTP ${status}). Try again; if it keeps failing, tell the tech team.`
  return new AdminApiError(message ?? fallback, status, type)
}

/** What to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "Something went wrong. Try again."
}

type RequestOptions = { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, QueryValue> }

/**
 * Calls the backend's admin API with the admin's own session cookie (the dashboard is served by
 * the backend, so paths are relative). Throws AdminApiError on any non-2xx answer.
 */
export async function adminFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  let response: Response
  try {
    response = await fetch(apiPath(path, options.query), {
      method: options.method ?? "GET",
      credentials: "include",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    throw new AdminApiError("The backend could not be reached: check the connection and try again.", 0, null)
  }
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  if (!response.ok) throw errorFromResponse(response.status, body)
  return body as T
}
