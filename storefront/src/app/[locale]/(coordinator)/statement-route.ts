import { NextResponse } from "next/server"
import { loadStatement } from "@/lib/data/coordinator"
import { portalPath } from "@/lib/util/portal"

export type StatementRouteContext = { params: Promise<{ locale: string }> }

/** The backend's own rules for its statement page: no script runs and nothing outside it loads. */
const STATEMENT_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
}

/**
 * The printable statement, fetched with the coordinator's login (a cookie the browser cannot hand
 * the backend itself) and passed on as the page the backend rendered. Without a login: the login
 * page; when it cannot be brought: back to the payments page, which says why.
 */
export async function statementResponse(expected: "es" | "en", request: Request, { params }: StatementRouteContext) {
  const { locale } = await params
  const url = new URL(request.url)
  const month = url.searchParams.get("month") ?? undefined
  const to = (path: string) => NextResponse.redirect(new URL(path, url), 303)
  // The other language's prefix with this spelling is redirected before it gets here (proxy).
  if (locale !== expected) return new Response("Not found", { status: 404 })
  const answer = await loadStatement({ language: locale, month })
  if ("html" in answer) return new Response(answer.html, { status: 200, headers: STATEMENT_HEADERS })
  if (answer.error === "sessionExpired") return to(portalPath(locale, "login"))
  return to(`${portalPath(locale, "payments")}?statement=${answer.error === "unreachable" ? "unreachable" : "failed"}`)
}
