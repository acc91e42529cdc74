import { fromMinor } from "@telar/fair-trade"
import type { StoreCatalogFacets, StoreCatalogPage, StoreCatalogProduct } from "@telar/types"
import { techniqueLabel, type TechniqueKey } from "./techniques"

/** One published product as the catalog filters, sorts and shows it. Prices in minor units. */
export type CatalogItem = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** The piece's own words for how it was made. */
  technique: string | null
  /** The short-list techniques those words name (the technique facet and filter). */
  techniques: TechniqueKey[]
  categories: { handle: string; name: string }[]
  cooperative: { handle: string; name: string; community: string } | null
  /** The lowest variant price for the region, in minor units; null without a region or price. */
  price: number | null
  one_of_a_kind: boolean
  in_stock: boolean
  inventory: number
  created_at: string
  /** Position in the search engine's relevance order (0 = best); null when there is no `q`. */
  rank: number | null
}

export const CATALOG_SORTS = ["featured", "newest", "price_asc", "price_desc"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** Every filter but the free text, which narrows the candidates before these apply. */
export type CatalogFilters = {
  category?: string
  cooperative?: string
  technique?: TechniqueKey
  /** Minor units of the region's currency. */
  min_price?: number
  max_price?: number
  in_stock?: boolean
}

type FacetName = "category" | "cooperative" | "technique" | "price"

export function matchesFilters(item: CatalogItem, filters: CatalogFilters, ignore?: FacetName): boolean {
  if (filters.category && ignore !== "category" && !item.categories.some((c) => c.handle === filters.category)) {
    return false
  }
  if (filters.cooperative && ignore !== "cooperative" && item.cooperative?.handle !== filters.cooperative) {
    return false
  }
  if (filters.technique && ignore !== "technique" && !item.techniques.includes(filters.technique)) return false
  if ((filters.min_price !== undefined || filters.max_price !== undefined) && ignore !== "price") {
    if (item.price === null) return false
    if (filters.min_price !== undefined && item.price < filters.min_price) return false
    if (filters.max_price !== undefined && item.price > filters.max_price) return false
  }
  if (filters.in_stock && !item.in_stock) return false
  return true
}

export type CatalogFacets = Omit<StoreCatalogFacets, "techniques"> & {
  techniques: { value: TechniqueKey; label: string; count: number }[]
}

function tally<T extends { count: number }>(entries: Map<string, T>, key: string, make: () => Omit<T, "count">) {
  const entry = entries.get(key)
  if (entry) entry.count++
  else entries.set(key, { ...make(), count: 1 } as T)
}

function byCountThen<T extends { count: number }>(label: (entry: T) => string) {
  return (a: T, b: T) => b.count - a.count || label(a).localeCompare(label(b))
}

/**
 * Disjunctive facets: each facet counts the items that match every other filter, so choosing
 * a category still shows how many pieces the other categories would have.
 */
export function computeFacets(items: readonly CatalogItem[], filters: CatalogFilters, currencyCode: string | null): CatalogFacets {
  const categories = new Map<string, { handle: string; name: string; count: number }>()
  const cooperatives = new Map<string, { handle: string; name: string; count: number }>()
  const techniques = new Map<string, { value: TechniqueKey; label: string; count: number }>()
  let min: number | null = null
  let max: number | null = null
  for (const item of items) {
    if (matchesFilters(item, filters, "category")) {
      for (const category of new Map(item.categories.map((c) => [c.handle, c])).values()) {
        tally(categories, category.handle, () => ({ handle: category.handle, name: category.name }))
      }
    }
    if (item.cooperative && matchesFilters(item, filters, "cooperative")) {
      const { handle, name } = item.cooperative
      tally(cooperatives, handle, () => ({ handle, name }))
    }
    if (item.techniques.length && matchesFilters(item, filters, "technique")) {
      for (const key of item.techniques) tally(techniques, key, () => ({ value: key, label: techniqueLabel(key) }))
    }
    if (item.price !== null && matchesFilters(item, filters, "price")) {
      min = min === null ? item.price : Math.min(min, item.price)
      max = max === null ? item.price : Math.max(max, item.price)
    }
  }
  return {
    categories: [...categories.values()].sort(byCountThen((entry) => entry.name)),
    cooperatives: [...cooperatives.values()].sort(byCountThen((entry) => entry.name)),
    techniques: [...techniques.values()].sort(byCountThen((entry) => entry.label)),
    price:
      currencyCode && min !== null && max !== null
        ? { min: fromMinor(min, currencyCode), max: fromMinor(max, currencyCode), currency_code: currencyCode }
        : null,
  }
}

const byTitle = (a: CatalogItem, b: CatalogItem) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
const newestFirst = (a: CatalogItem, b: CatalogItem) =>
  (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0) || byTitle(a, b)

/** Unpriced items go last whichever way prices are sorted. */
function byPrice(direction: 1 | -1) {
  return (a: CatalogItem, b: CatalogItem) => {
    if (a.price === null || b.price === null) return a.price === b.price ? byTitle(a, b) : a.price === null ? 1 : -1
    return (a.price - b.price) * direction || byTitle(a, b)
  }
}

/**
 * Newest first within each cooperative, then one piece from each cooperative in turn (the
 * cooperative with the newest piece first): a page shows the range of the network, not one shelf.
 */
function acrossCooperatives(items: readonly CatalogItem[]): CatalogItem[] {
  const shelves = new Map<string, CatalogItem[]>()
  for (const item of [...items].sort(newestFirst)) {
    const key = item.cooperative?.handle ?? ""
    const shelf = shelves.get(key)
    if (shelf) shelf.push(item)
    else shelves.set(key, [item])
  }
  const queues = [...shelves.values()]
  const order: CatalogItem[] = []
  for (let round = 0; order.length < items.length; round++) {
    for (const queue of queues) if (queue[round]) order.push(queue[round])
  }
  return order
}

/**
 * `featured`: pieces that can be bought first; among them, the best search matches when there is
 * a query, otherwise pieces of every cooperative in turn. The other orders are what their names say.
 */
export function sortItems(items: readonly CatalogItem[], sort: CatalogSort): CatalogItem[] {
  const sorted = [...items]
  switch (sort) {
    case "newest":
      return sorted.sort(newestFirst)
    case "price_asc":
      return sorted.sort(byPrice(1))
    case "price_desc":
      return sorted.sort(byPrice(-1))
    case "featured": {
      const inStock = sorted.filter((item) => item.in_stock)
      const soldOut = sorted.filter((item) => !item.in_stock)
      const ranked = sorted.some((item) => item.rank !== null)
      const arrange = (group: CatalogItem[]) =>
        ranked ? group.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || newestFirst(a, b)) : acrossCooperatives(group)
      return [...arrange(inStock), ...arrange(soldOut)]
    }
  }
}

export function toCatalogProduct(item: CatalogItem, currencyCode: string | null): StoreCatalogProduct {
  return {
    id: item.id,
    handle: item.handle,
    title: item.title,
    thumbnail: item.thumbnail,
    technique: item.technique,
    category: item.categories[0] ?? null,
    cooperative: item.cooperative,
    price: item.price !== null && currencyCode ? { amount: fromMinor(item.price, currencyCode), currency_code: currencyCode } : null,
    one_of_a_kind: item.one_of_a_kind,
    in_stock: item.in_stock,
    inventory: item.inventory,
  }
}

export type CatalogPageInput = {
  filters: CatalogFilters
  sort: CatalogSort
  page: number
  limit: number
  currencyCode: string | null
}

/** Filters, facets, sorts and cuts one page out of the candidates. */
export function buildCatalogPage(
  items: readonly CatalogItem[],
  { filters, sort, page, limit, currencyCode }: CatalogPageInput
): StoreCatalogPage {
  const matching = items.filter((item) => matchesFilters(item, filters))
  const start = (page - 1) * limit
  return {
    products: sortItems(matching, sort)
      .slice(start, start + limit)
      .map((item) => toCatalogProduct(item, currencyCode)),
    count: matching.length,
    page,
    limit,
    pages: Math.ceil(matching.length / limit),
    facets: computeFacets(items, filters, currencyCode),
  }
}
