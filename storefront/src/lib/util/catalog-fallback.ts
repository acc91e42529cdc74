import { fromMinor, toMinor } from "@telar/fair-trade"
import type { CatalogQuery } from "./catalog-query"
import type { CatalogFacets, CatalogProduct, CatalogResult, Product } from "./types"

/**
 * In-memory version of GET /store/catalog, used only while the backend route is missing
 * (the demo catalog has under a hundred products, so one cached list is cheap). It follows the
 * same contract: accent- and case-insensitive search, facets counted with every other filter
 * applied, prices compared in exact minor units.
 */

export type FallbackItem = CatalogProduct & {
  created_at: string
  /** Normalised text the search runs over. */
  haystack: string
  /** Normalised technique terms, for filtering. */
  technique_terms: string[]
  /** Position in the backend's list, the "featured" tie-break. */
  rank: number
}

/** Lowercase, without accents or punctuation differences: "Ámbar" and "ambar" compare equal. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
}

/** Splits "Backstrap loom, supplementary-weft brocade (fine)" into display terms. */
export function techniqueTerms(technique: string | null | undefined): string[] {
  if (!technique) return []
  const seen = new Set<string>()
  const terms: string[] = []
  for (const part of technique.replace(/\([^)]*\)/g, "").split(/,|;|\band\b|\by\b/)) {
    const term = part.trim()
    if (!term) continue
    const display = term.charAt(0).toUpperCase() + term.slice(1)
    const key = normalizeText(display)
    if (!seen.has(key)) {
      seen.add(key)
      terms.push(display)
    }
  }
  return terms
}

function variantAvailable(variant: NonNullable<Product["variants"]>[number]): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_quantity ?? 0) > 0
}

/** Turns a /store/products product (with calculated prices) into a catalog card + search data. */
export function fallbackItemFromProduct(product: Product, rank: number): FallbackItem {
  const variants = product.variants ?? []
  let lowest: { minor: number; currency: string } | null = null
  for (const variant of variants) {
    const calculated = variant.calculated_price
    const amount = calculated?.calculated_amount
    const currency = calculated?.currency_code
    if (amount === null || amount === undefined || !currency) continue
    const minor = toMinor(amount, currency)
    if (!lowest || minor < lowest.minor) lowest = { minor, currency }
  }
  const metadata = (product.metadata ?? {}) as Record<string, unknown>
  const technique = typeof metadata.technique === "string" ? metadata.technique : null
  const category = product.categories?.[0]
  const cooperative = product.cooperative
  const inventory = variants.reduce(
    (sum, variant) => sum + (variant.manage_inventory ? Math.max(0, variant.inventory_quantity ?? 0) : 0),
    0
  )
  const terms = techniqueTerms(technique)
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: product.title ?? "",
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    technique,
    category: category ? { handle: category.handle, name: category.name } : null,
    cooperative: cooperative ? { handle: cooperative.handle, name: cooperative.name, community: cooperative.community } : null,
    price: lowest ? { amount: fromMinor(lowest.minor, lowest.currency), currency_code: lowest.currency } : null,
    one_of_a_kind: metadata.one_of_a_kind === true,
    in_stock: variants.some(variantAvailable),
    inventory,
    created_at: typeof product.created_at === "string" ? product.created_at : "",
    haystack: normalizeText(
      [product.title, product.subtitle, product.handle, technique, category?.name, cooperative?.name, cooperative?.community, product.material]
        .filter(Boolean)
        .join(" ")
    ),
    technique_terms: terms.map(normalizeText),
    rank,
  }
}

type Filter = "q" | "category" | "cooperative" | "technique" | "price" | "in_stock"

function priceMinor(item: CatalogProduct): number | null {
  return item.price ? toMinor(item.price.amount, item.price.currency_code) : null
}

function matches(item: FallbackItem, query: Partial<CatalogQuery>, skip?: Filter): boolean {
  if (skip !== "q" && query.q) {
    const tokens = normalizeText(query.q).split(" ").filter(Boolean)
    if (!tokens.every((token) => item.haystack.includes(token))) return false
  }
  if (skip !== "category" && query.category && item.category?.handle !== query.category) return false
  if (skip !== "cooperative" && query.cooperative && item.cooperative?.handle !== query.cooperative) return false
  if (skip !== "technique" && query.technique && !item.technique_terms.includes(normalizeText(query.technique))) return false
  if (skip !== "in_stock" && query.in_stock && !item.in_stock) return false
  if (skip !== "price" && (query.min_price || query.max_price)) {
    const minor = priceMinor(item)
    if (minor === null || !item.price) return false
    const currency = item.price.currency_code
    if (query.min_price && minor < toMinor(query.min_price, currency)) return false
    if (query.max_price && minor > toMinor(query.max_price, currency)) return false
  }
  return true
}

function countBy<T extends string>(items: FallbackItem[], key: (item: FallbackItem) => T[]): Map<T, number> {
  const counts = new Map<T, number>()
  for (const item of items) for (const value of key(item)) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

function compare(sort: CatalogQuery["sort"]): (a: FallbackItem, b: FallbackItem) => number {
  const byRank = (a: FallbackItem, b: FallbackItem) => a.rank - b.rank
  switch (sort) {
    case "newest":
      return (a, b) => b.created_at.localeCompare(a.created_at) || byRank(a, b)
    case "price_asc":
    case "price_desc": {
      const direction = sort === "price_asc" ? 1 : -1
      return (a, b) => {
        const pa = priceMinor(a)
        const pb = priceMinor(b)
        if (pa === null || pb === null) return pa === pb ? byRank(a, b) : pa === null ? 1 : -1
        return (pa - pb) * direction || byRank(a, b)
      }
    }
    default:
      // Available pieces first, unique pieces ahead of the rest, then the backend's order.
      return (a, b) =>
        Number(b.in_stock) - Number(a.in_stock) || Number(b.one_of_a_kind) - Number(a.one_of_a_kind) || byRank(a, b)
  }
}

export function runCatalogQuery(items: FallbackItem[], query: Partial<CatalogQuery>, limit: number): CatalogResult {
  const results = items.filter((item) => matches(item, query)).sort(compare(query.sort ?? "featured"))
  const pages = Math.max(1, Math.ceil(results.length / limit))
  const page = Math.min(Math.max(1, query.page ?? 1), pages)
  const slice = results.slice((page - 1) * limit, page * limit)

  const categoryNames = new Map<string, string>()
  const cooperativeNames = new Map<string, string>()
  const techniqueNames = new Map<string, string>()
  for (const item of items) {
    if (item.category) categoryNames.set(item.category.handle, item.category.name)
    if (item.cooperative) cooperativeNames.set(item.cooperative.handle, item.cooperative.name)
    techniqueTerms(item.technique).forEach((term) => techniqueNames.set(normalizeText(term), term))
  }
  const byName = <T extends { count: number }>(name: (entry: T) => string) => (a: T, b: T) =>
    name(a).localeCompare(name(b))

  const categories = [...countBy(items.filter((item) => matches(item, query, "category")), (item) => (item.category ? [item.category.handle] : []))]
    .map(([handle, count]) => ({ handle, name: categoryNames.get(handle) ?? handle, count }))
    .sort(byName((entry) => entry.name))
  const cooperatives = [...countBy(items.filter((item) => matches(item, query, "cooperative")), (item) => (item.cooperative ? [item.cooperative.handle] : []))]
    .map(([handle, count]) => ({ handle, name: cooperativeNames.get(handle) ?? handle, count }))
    .sort(byName((entry) => entry.name))
  const techniques = [...countBy(items.filter((item) => matches(item, query, "technique")), (item) => item.technique_terms)]
    .map(([key, count]) => ({ value: techniqueNames.get(key) ?? key, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

  let price: CatalogFacets["price"] = null
  for (const item of items.filter((candidate) => matches(candidate, query, "price"))) {
    if (!item.price) continue
    const minor = toMinor(item.price.amount, item.price.currency_code)
    const currency = item.price.currency_code
    if (!price) {
      price = { min: item.price.amount, max: item.price.amount, currency_code: currency }
      continue
    }
    if (minor < toMinor(price.min, currency)) price.min = item.price.amount
    if (minor > toMinor(price.max, currency)) price.max = item.price.amount
  }

  return {
    products: slice.map(({ created_at: _created, haystack: _haystack, technique_terms: _terms, rank: _rank, ...product }) => product),
    count: results.length,
    page,
    limit,
    pages,
    facets: { categories, cooperatives, techniques, price },
  }
}
