import type { MedusaResponse } from "@medusajs/framework/http"

/** A statement page: no script may run in it and nothing outside it is loaded (styles are inline). */
export function sendStatement(res: MedusaResponse, page: string): void {
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
  )
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(page)
}
