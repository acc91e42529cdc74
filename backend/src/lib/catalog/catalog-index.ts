import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { watchCatalogEvents } from "../http-cache/catalog-changes"
import { catalogGeneration, catalogShapeGeneration } from "../http-cache/generation"
import { hasTranslationsIn } from "./catalog-rows"
import type { CatalogItem } from "./items"

/** Sales channel sets × locales × regions kept at once; the storefront uses a handful. */
const MAX_ENTRIES = 24

/**
 * The longest an index is used, whatever the events say: a price list's start or end changes the
 * calculated prices by the clock alone, with no event (Medusa's own query cache keeps answers as long).
 */
export const INDEX_MAX_AGE_MS = 60_000

type Entry = {
  generation: string
  shapeGeneration: string
  builtAt: number
  shape: Promise<unknown>
  items: Promise<readonly CatalogItem[]>
}
const entries = new Map<string, Entry>()

export type CatalogIndexKey = { salesChannelIds: string[]; locale?: string; regionId?: string }

const MAX_LOCALES = 100
let localesShape: string | null = null
const translatedLocales = new Map<string, Promise<boolean>>()

/**
 * The locale as far as the index is concerned: itself when some translation exists in it, else
 * null. A request's locale is whatever its caller sent, and a locale with no translation reads
 * exactly like none, so made-up locales share one index instead of each building its own.
 */
async function indexLocale(scope: MedusaContainer, locale: string | undefined, shapeGeneration: string): Promise<string | null> {
  if (!locale) return null
  if (shapeGeneration !== localesShape) {
    translatedLocales.clear()
    localesShape = shapeGeneration
  }
  let known = translatedLocales.get(locale)
  if (!known) {
    known = hasTranslationsIn(scope, locale)
    if (translatedLocales.size < MAX_LOCALES) translatedLocales.set(locale, known)
  }
  return (await known) ? locale : null
}

/** The two halves of computing the index: everything but stock, then the items with their stock. */
export type CatalogIndexComputation<Shape> = {
  shape: () => Promise<Shape>
  items: (shape: Shape) => Promise<readonly CatalogItem[]>
}

/**
 * Every candidate of the catalog for one set of sales channels, locale and region, computed once
 * per catalog generation and shared by every request of that generation, searches included: a
 * request then filters, facets, sorts and cuts a page out of them in memory. Any catalog event
 * (product, price, stock, reservation, cooperative, category, translation… see catalog-events.ts)
 * starts a new generation; after a stock event (a sale, a restock) only the stock is read again
 * and the rest (the "shape": products, categories, cooperatives, prices) is kept, after any other
 * the whole index is rebuilt; an index older than INDEX_MAX_AGE_MS is rebuilt too. Requests that
 * arrive while that runs wait for the same computation.
 * With TELAR_RESPONSE_CACHE=off, or while a generation cannot be known (Redis unreachable), every
 * request computes its own.
 */
export async function indexedCatalogItems<Shape>(
  scope: MedusaContainer,
  { salesChannelIds, locale, regionId }: CatalogIndexKey,
  compute: CatalogIndexComputation<Shape>
): Promise<readonly CatalogItem[]> {
  if (process.env.TELAR_RESPONSE_CACHE === "off") return compute.items(await compute.shape())
  watchCatalogEvents(scope.resolve(Modules.EVENT_BUS))
  // The catalog's generation first: its shape is bumped before it (bumpCatalogGenerations).
  const generation = await catalogGeneration().current()
  const shapeGeneration = await catalogShapeGeneration().current()
  if (generation === null || shapeGeneration === null) return compute.items(await compute.shape())

  const key = JSON.stringify([[...salesChannelIds].sort(), await indexLocale(scope, locale, shapeGeneration), regionId ?? null])
  const found = entries.get(key)
  const entry = found && Date.now() - found.builtAt < INDEX_MAX_AGE_MS ? found : undefined
  if (entry?.generation === generation) return entry.items
  const reuseShape = entry?.shapeGeneration === shapeGeneration
  const shape = reuseShape ? (entry.shape as Promise<Shape>) : compute.shape()
  const items = shape.then(compute.items)
  entries.delete(key)
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  entries.set(key, { generation, shapeGeneration, builtAt: reuseShape ? entry.builtAt : Date.now(), shape, items })
  // A failed computation is not kept: the next request tries again.
  items.catch(() => {
    if (entries.get(key)?.items === items) entries.delete(key)
  })
  return items
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
