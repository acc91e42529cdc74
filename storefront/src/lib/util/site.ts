/** Public origin of the storefront, for absolute URLs (metadata, JSON-LD, sitemap). */
export function siteUrl(): string {
  const raw = process.env.STOREFRONT_URL || process.env.NEXT_PUBLIC_SITE_URL || "http://localhost:8000"
  return raw.replace(/\/+$/, "")
}
