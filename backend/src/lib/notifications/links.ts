const withQuery = (url: string, query?: Record<string, string>) => (query ? `${url}?${new URLSearchParams(query).toString()}` : url)

/** A storefront page's full address for a mail, e.g. /en/account/reset-password (the public URL in front). */
export function storefrontUrl(path: string, query?: Record<string, string>): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return withQuery(`${base}${path}`, query)
}

/** A page of Medusa's admin dashboard (served by the backend at /app), or null when the dashboard is off. */
export function adminDashboardUrl(path: string, query?: Record<string, string>): string | null {
  if (process.env.MEDUSA_DISABLE_ADMIN === "true") return null
  // The same default medusa-config gives the dashboard's backendUrl.
  const base = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
  return withQuery(`${base}/app${path}`, query)
}
