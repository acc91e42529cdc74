import { type PortalPage, portalPath } from "@telar/types"

/** A portal page's full address, for mails (the storefront's public URL in front). */
export function coordinatorPortalUrl(locale: "es" | "en", page: PortalPage, query?: Record<string, string>): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  const search = query ? `?${new URLSearchParams(query).toString()}` : ""
  return `${base}${portalPath(locale, page)}${search}`
}
