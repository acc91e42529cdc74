import { toMinor } from "@telar/fair-trade"

/**
 * The catalog's state lives in the URL (/[locale]/store?q=&category=&...), so every view can be
 * linked, works without JavaScript and is rendered on the server. These helpers parse it
 * defensively and build canonical links back to it.
 */

export const SORTS = ["featured", "newest", "price_asc", "price_desc"] as const
export type CatalogSort = (typeof SORTS)[number]

export const PAGE_SIZE = 24
const MAX_PAGE = 500
const MAX_TEXT = 100

export type CatalogQuery = {
  q?: string
  category?: string
  cooperative?: string
  technique?: string
  /** Major units as decimal text, e.g. "25" or "99.50". */
  min_price?: string
  max_price?: string
  in_stock?: boolean
  sort: CatalogSort
  page: number
}

export type SearchParamsRecord = Record<string, string | string[] | undefined>

const HANDLE = /^[a-z0-9][a-z0-9_-]{0,99}$/
const PRICE = /^\d{1,7}(?:\.\d{1,2})?$/

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined) return undefined
  const trimmed = raw.trim()
  return trimmed === "" ? undefined : trimmed
}

function text(value: string | string[] | undefined): string | undefined {
  const raw = first(value)
  // Collapse whitespace and drop control characters; cap the length.
  const cleaned = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    ?.replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .slice(0, MAX_TEXT)
    .trim()
  return cleaned ? cleaned : undefined
}

function handle(value: string | string[] | undefined): string | undefined {
  const raw = first(value)?.toLowerCase()
  return raw && HANDLE.test(raw) ? raw : undefined
}

function price(value: string | string[] | undefined): string | undefined {
  const raw = first(value)?.replace(",", ".")
  return raw && PRICE.test(raw) ? raw : undefined
}

function bool(value: string | string[] | undefined): boolean | undefined {
  const raw = first(value)?.toLowerCase()
  return raw === "true" || raw === "1" || raw === "on" ? true : undefined
}

function page(value: string | string[] | undefined): number {
  const raw = first(value)
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1
  const number = Number(raw)
  return number >= 1 ? Math.min(number, MAX_PAGE) : 1
}

/** Reads the catalog state from search params, dropping anything malformed. */
export function parseCatalogSearchParams(params: SearchParamsRecord): CatalogQuery {
  const sortRaw = first(params.sort)
  const query: CatalogQuery = {
    q: text(params.q),
    category: handle(params.category),
    cooperative: handle(params.cooperative),
    technique: handle(params.technique),
    min_price: price(params.min_price),
    max_price: price(params.max_price),
    in_stock: bool(params.in_stock),
    sort: (SORTS as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as CatalogSort) : "featured",
    page: page(params.page),
  }
  // A reversed range is almost certainly a slip: swap rather than show nothing.
  if (query.min_price && query.max_price && toMinor(query.min_price, "usd") > toMinor(query.max_price, "usd")) {
    ;[query.min_price, query.max_price] = [query.max_price, query.min_price]
  }
  return query
}

/** Canonical search params: fixed order, defaults left out, so equal states give equal URLs. */
export function catalogSearchParams(query: Partial<CatalogQuery>): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q) params.set("q", query.q)
  if (query.category) params.set("category", query.category)
  if (query.cooperative) params.set("cooperative", query.cooperative)
  if (query.technique) params.set("technique", query.technique)
  if (query.min_price) params.set("min_price", query.min_price)
  if (query.max_price) params.set("max_price", query.max_price)
  if (query.in_stock) params.set("in_stock", "true")
  if (query.sort && query.sort !== "featured") params.set("sort", query.sort)
  if (query.page && query.page > 1) params.set("page", String(query.page))
  return params
}

/**
 * Link to the catalog with some of the state changed. Any change other than the page itself
 * goes back to page 1 (the old page number may not exist in the new result set).
 */
export function catalogHref(locale: string, query: Partial<CatalogQuery>, patch: Partial<CatalogQuery> = {}): string {
  const next: Partial<CatalogQuery> = { ...query, ...patch }
  if (!("page" in patch)) next.page = 1
  const search = catalogSearchParams(next).toString()
  return `/${locale}/store${search ? `?${search}` : ""}`
}

export function hasActiveFilters(query: Partial<CatalogQuery>): boolean {
  return Boolean(query.q || query.category || query.cooperative || query.technique || query.min_price || query.max_price || query.in_stock)
}

/** The query for GET /store/catalog. */
export function catalogBackendQuery(
  query: Partial<CatalogQuery>,
  regionId: string,
  limit: number = PAGE_SIZE
): Record<string, string | number> {
  const backend: Record<string, string | number> = {
    sort: query.sort ?? "featured",
    page: query.page ?? 1,
    limit,
    region_id: regionId,
  }
  if (query.q) backend.q = query.q
  if (query.category) backend.category = query.category
  if (query.cooperative) backend.cooperative = query.cooperative
  if (query.technique) backend.technique = query.technique
  if (query.min_price) backend.min_price = query.min_price
  if (query.max_price) backend.max_price = query.max_price
  if (query.in_stock) backend.in_stock = "true"
  return backend
}

/** Page numbers to show in a pagination bar: first, last, a window around the current page. */
export function pageWindow(current: number, pages: number, radius = 1): (number | "gap")[] {
  if (pages <= 1) return []
  const shown = new Set<number>([1, pages])
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= pages) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: (number | "gap")[] = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(n - sorted[i - 1] === 2 ? n - 1 : "gap")
    out.push(n)
  })
  return out
}
