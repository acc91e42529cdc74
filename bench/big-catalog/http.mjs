// HTTP for the big-catalog bench: JSON in and out, and every failure names its route and the server's answer.

export class HttpError extends Error {
  constructor(message, { status = 0, retryAfter = 0 } = {}) {
    super(message)
    this.status = status
    this.retryAfter = retryAfter
  }
}

const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text)

/** A JSON client of one server; `headers` go with every request. */
export function jsonClient(baseUrl, headers = {}) {
  async function request(method, path, body) {
    const route = `${method} ${clip(path, 300)}`
    let response
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (error) {
      throw new HttpError(`${route} on ${baseUrl} failed: ${error.cause?.message ?? error.message}. Is the server running there?`)
    }
    const text = await response.text()
    if (!response.ok) {
      throw new HttpError(`${route} → ${response.status} ${response.statusText}: ${clip(text, 2000) || "(empty body)"}`, {
        status: response.status,
        retryAfter: Number(response.headers.get("retry-after")) || 0,
      })
    }
    try {
      return text ? JSON.parse(text) : {}
    } catch {
      throw new HttpError(`${route} → ${response.status} with a body that is not JSON: ${clip(text, 500)}`, { status: response.status })
    }
  }
  return { get: (path) => request("GET", path), post: (path, body) => request("POST", path, body) }
}

/** A query string; arrays repeat their key (`handle=a&handle=b`), as Medusa's parser reads them. */
export function query(params) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

/** Splits a list into runs of at most `size`. */
export function chunks(list, size) {
  const runs = []
  for (let start = 0; start < list.length; start += size) runs.push(list.slice(start, start + size))
  return runs
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** An admin client for Telar's staff login (Medusa's emailpass provider). */
export async function adminClient(backend, email, password) {
  if (!password) {
    throw new Error(
      "Set TELAR_ADMIN_PASSWORD (and TELAR_ADMIN_EMAIL if it is not admin@telar.local): `npm start` prints them, or read .data/secrets.json."
    )
  }
  let token
  try {
    ;({ token } = await jsonClient(backend).post("/auth/user/emailpass", { email, password }))
  } catch (error) {
    if (error.status === 401)
      throw new Error(`The backend at ${backend} refused the admin login ${email}: check TELAR_ADMIN_EMAIL and TELAR_ADMIN_PASSWORD.`)
    throw error
  }
  return jsonClient(backend, { authorization: `Bearer ${token}` })
}
