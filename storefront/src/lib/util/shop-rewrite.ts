import { type CatalogQuery, parseCatalogSearchParams } from "./catalog-query"
import type { RegionCode } from "./shop-path"

/*
 * The proxy's half of lib/util/shop-path: which internal path serves a shop address. The
 * catalog's cacheable views and the product page's ?v= move from the query string into the path,
 * because a cached page reads no query string.
 */

const LOCALES = ["en", "es"]
/** First path segments under /{locale} that belong to the coordinators' portal, not the shop. */
const PORTAL_SEGMENTS = new Set(["cooperative", "cooperativa"])
/** An internal path no shop route answers: the catch-all renders the shop's 404 for it. */
const MISSING = "missing"
const VARIANT = /^variant_[A-Za-z0-9]{1,64}$/
const HANDLE = /^[a-z0-9][a-z0-9_-]{0,199}$/i

/**
 * The internal path for a shop address, or null when the proxy should leave it alone (no locale
 * prefix, the coordinators' portal). The caller keeps the query string on the rewrite.
 */
export function shopRewrite(pathname: string, search: URLSearchParams, region: RegionCode): string | null {
  const match = /^\/([a-z]{2})(?:\/(.*))?$/.exec(pathname)
  if (!match || !LOCALES.includes(match[1])) return null
  const locale = match[1]
  const segments = (match[2] ?? "").split("/").filter(Boolean)
  if (segments.length && PORTAL_SEGMENTS.has(segments[0])) return null
  const base = `/${locale}/${region}`
  const [first, second, ...more] = segments
  if (first === "store") {
    if (second !== undefined) return `${base}/${MISSING}`
    const view = catalogViewKey(search)
    return view ? `${base}/store/${view}` : `${base}/store`
  }
  if (first === "products" && second !== undefined) {
    if (more.length || !HANDLE.test(second)) return `${base}/${MISSING}`
    const variant = search.get("v")
    return variant && VARIANT.test(variant) ? `${base}/products/${second}/${variant}` : `${base}/products/${second}`
  }
  return segments.length ? `${base}/${segments.join("/")}` : base
}

/* ---------------------------------------------------------------------- catalog views */

/** Filters a cached catalog view may carry, in the key's fixed order. */
const VIEW_FIELDS = ["category", "cooperative", "technique", "in_stock", "sort"] as const
type ViewField = (typeof VIEW_FIELDS)[number]
const ALL = "all"

/**
 * The key of a catalog view that can be cached: filters by category, cooperative, technique,
 * stock and sort order, first page only. Free-text searches, price ranges and later pages stay
 * rendered per request (null): there are too many of them to keep, and a page past the last one
 * must redirect.
 */
export function catalogViewKey(search: URLSearchParams): string | null {
  const query = parseCatalogSearchParams(Object.fromEntries(search.entries()))
  if (query.q || query.min_price || query.max_price || query.page > 1) return null
  return encodeCatalogView(query)
}

/** "all", or "category~textiles,sort~newest": characters a URL never escapes. */
export function encodeCatalogView(query: Partial<CatalogQuery>): string {
  const parts: string[] = []
  for (const field of VIEW_FIELDS) {
    const value = viewValue(query, field)
    if (value) parts.push(`${field}~${value}`)
  }
  return parts.length ? parts.join(",") : ALL
}

function viewValue(query: Partial<CatalogQuery>, field: ViewField): string | undefined {
  if (field === "in_stock") return query.in_stock ? "true" : undefined
  if (field === "sort") return query.sort && query.sort !== "featured" ? query.sort : undefined
  return query[field]
}

/** The catalog query a view key stands for, or null if the key is not one encodeCatalogView makes. */
export function decodeCatalogView(key: string): CatalogQuery | null {
  let decoded = key
  try {
    decoded = decodeURIComponent(key)
  } catch {
    return null
  }
  const record: Record<string, string> = {}
  if (decoded !== ALL) {
    for (const part of decoded.split(",")) {
      const [field, value, extra] = part.split("~")
      if (extra !== undefined || !value || !(VIEW_FIELDS as readonly string[]).includes(field) || field in record) return null
      record[field] = value
    }
  }
  const query = parseCatalogSearchParams(record)
  // Only the canonical spelling is a view: one cache entry per view, none for near-duplicates.
  return encodeCatalogView(query) === decoded ? query : null
}
