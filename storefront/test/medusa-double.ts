/**
 * Doubles for testing the data layer (src/lib/data) without a backend or Next.js: the Medusa
 * store API behind global fetch, which records every request the real js-sdk sends, and the
 * visitor (cookies from next/headers, language from next-intl). Import this module before the
 * data module under test: it registers the mocks, and the sdk reads its key when created.
 */

export const PUBLISHABLE_KEY = "pk_test_double"
process.env.MEDUSA_PUBLISHABLE_KEY = PUBLISHABLE_KEY

/** A request as the backend received it. */
export type SentRequest = {
  method: string
  path: string
  /** The query string as sent (js-sdk encodes arrays as `id[0]=...`). */
  query: Record<string, string>
  body: unknown
  headers: Record<string, string>
  cache?: RequestCache
  tags?: string[]
  revalidate?: number | false
}

type Reply = { status?: number; body?: unknown }
type Route = { method: string; path: string | RegExp; reply: Reply | ((request: SentRequest) => Reply) }

/** Answers the routes it is given (404 otherwise) and remembers what was sent. */
export function medusaBackend() {
  const sent: SentRequest[] = []
  let routes: Route[] = []
  const fetchDouble = async (
    input: RequestInfo | URL,
    init?: RequestInit & { next?: { tags?: string[]; revalidate?: number | false } }
  ) => {
    const url = new URL(String(input))
    const request: SentRequest = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      cache: init?.cache,
      tags: init?.next?.tags,
      revalidate: init?.next?.revalidate,
    }
    sent.push(request)
    const route = routes.find(
      (candidate) =>
        candidate.method === request.method &&
        (typeof candidate.path === "string" ? candidate.path === request.path : candidate.path.test(request.path))
    )
    const reply = route
      ? typeof route.reply === "function"
        ? route.reply(request)
        : route.reply
      : { status: 404, body: { message: "Not found" } }
    return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status ?? 200, headers: { "content-type": "application/json" } })
  }
  return {
    sent,
    on(method: string, path: string | RegExp, reply: Route["reply"]) {
      routes.push({ method, path, reply })
    },
    /** Plugs the double in as global fetch, forgetting earlier routes and requests. */
    install() {
      routes = []
      sent.length = 0
      jest.spyOn(globalThis, "fetch").mockImplementation(fetchDouble as typeof fetch)
    },
  }
}

/** The store's regions as GET /store/regions lists them: one for the United States, one for Mexico. */
export const STORE_REGIONS = {
  regions: [
    { id: "reg_us", countries: [{ iso_2: "us" }] },
    { id: "reg_mx", countries: [{ iso_2: "mx" }] },
  ],
}

/** Cookies as next/headers' cookies() returns them. */
function cookieJar() {
  const values = new Map<string, string>()
  const options = new Map<string, Record<string, unknown>>()
  return {
    values,
    options,
    get: (name: string) => (values.has(name) ? { name, value: values.get(name) as string } : undefined),
    set: (name: string, value: string, cookieOptions: Record<string, unknown> = {}) => {
      values.set(name, value)
      options.set(name, cookieOptions)
    },
    clear() {
      values.clear()
      options.clear()
    },
  }
}

/** The visitor: their cookies and the language of the page they are on. */
export const visitor = { cookies: cookieJar(), locale: "en" }

jest.mock("server-only", () => ({}), { virtual: true })
// next-intl ships ES modules only; the routing config is all the data layer reads from it.
jest.mock("next-intl/routing", () => ({ defineRouting: (config: unknown) => config }))
jest.mock("next/headers", () => ({ cookies: async () => visitor.cookies }))
jest.mock("next-intl/server", () => ({ getLocale: async () => visitor.locale }))
