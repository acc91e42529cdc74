import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { watchCatalogEvents } from "../http-cache/catalog-changes"
import { catalogGeneration } from "../http-cache/generation"
import type { CatalogItem } from "./items"

/** Sales channel sets × locales × regions kept at once; the storefront uses a handful. */
const MAX_ENTRIES = 24

let entriesGeneration: string | null = null
const entries = new Map<string, Promise<readonly CatalogItem[]>>()

export type CatalogIndexKey = { salesChannelIds: string[]; locale?: string; regionId?: string }

/**
 * Every candidate of the catalog for one set of sales channels, locale and region, computed once
 * per catalog generation and shared by every request of that generation, searches included: a
 * request then filters, facets, sorts and cuts a page out of them in memory. Any catalog event
 * (product, price, stock, reservation, cooperative, category, translation… see catalog-events.ts)
 * starts a new generation, so the next request computes them again from the database; requests
 * that arrive while that runs wait for the same computation instead of starting their own.
 * With TELAR_RESPONSE_CACHE=off, or while the generation cannot be known (Redis unreachable),
 * every request computes its own.
 */
export async function indexedCatalogItems(
  scope: MedusaContainer,
  { salesChannelIds, locale, regionId }: CatalogIndexKey,
  compute: () => Promise<readonly CatalogItem[]>
): Promise<readonly CatalogItem[]> {
  if (process.env.TELAR_RESPONSE_CACHE === "off") return compute()
  watchCatalogEvents(scope.resolve(Modules.EVENT_BUS))
  const generation = await catalogGeneration().current()
  if (generation === null) return compute()
  if (generation !== entriesGeneration) {
    entries.clear()
    entriesGeneration = generation
  }
  const key = JSON.stringify([[...salesChannelIds].sort(), locale ?? null, regionId ?? null])
  const found = entries.get(key)
  if (found) return found
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  const computing = compute()
  entries.set(key, computing)
  // A failed computation is not kept: the next request tries again.
  computing.catch(() => {
    if (entries.get(key) === computing) entries.delete(key)
  })
  return computing
}

/** How long a search's hits are reused within one catalog generation. */
export const SEARCH_HITS_TTL_MS = 10_000
const MAX_SEARCHES = 500

let searchesGeneration: string | null = null
const searches = new Map<string, { at: number; hits: Promise<string[]> }>()

/**
 * The search index's hits for `q` in these sales channels, reused for SEARCH_HITS_TTL_MS within
 * one catalog generation: a popular word typed by many shoppers asks PostgreSQL once. The index
 * takes in a change a moment after its event (ingestion is asynchronous), so a search made in that
 * moment may miss a new or renamed piece for at most those 10 seconds. Same switches as above.
 */
export async function indexedSearchHits(
  scope: MedusaContainer,
  { salesChannelIds, q }: { salesChannelIds: string[]; q: string },
  search: () => Promise<string[]>
): Promise<string[]> {
  if (process.env.TELAR_RESPONSE_CACHE === "off") return search()
  watchCatalogEvents(scope.resolve(Modules.EVENT_BUS))
  const generation = await catalogGeneration().current()
  if (generation === null) return search()
  if (generation !== searchesGeneration) {
    searches.clear()
    searchesGeneration = generation
  }
  const key = JSON.stringify([[...salesChannelIds].sort(), q])
  const found = searches.get(key)
  if (found && Date.now() - found.at < SEARCH_HITS_TTL_MS) return found.hits
  searches.delete(key)
  if (searches.size >= MAX_SEARCHES) searches.delete(searches.keys().next().value as string)
  const hits = search()
  searches.set(key, { at: Date.now(), hits })
  hits.catch(() => {
    if (searches.get(key)?.hits === hits) searches.delete(key)
  })
  return hits
}
