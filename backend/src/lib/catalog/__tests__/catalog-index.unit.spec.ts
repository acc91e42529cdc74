import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bumpCatalogGenerations, catalogGeneration } from "../../http-cache/generation"
import { INDEX_MAX_AGE_MS, indexedCatalogItems, indexedSearchHits, SEARCH_HITS_TTL_MS } from "../catalog-index"
import type { CatalogItem } from "../items"

// The only translations in this fake database are in es-MX and en-US.
const TRANSLATED = ["es-MX", "en-US"]
const localeLookups: string[] = []
const scope = {
  resolve: (name: string) =>
    name === ContainerRegistrationKeys.PG_CONNECTION
      ? {
          raw: async (_sql: string, [locale]: string[]) => {
            localeLookups.push(locale)
            return { rows: [{ found: TRANSLATED.includes(locale) }] }
          },
        }
      : {},
} as unknown as MedusaContainer
const key = { salesChannelIds: ["sc_b", "sc_a"], locale: "es-MX", regionId: "reg_us" }

/** A computation whose shape and stock reads are counted; the first waits for `release`. */
function computation(label: string) {
  let shapes = 0
  let stocks = 0
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  return {
    compute: {
      shape: async () => {
        shapes++
        await gate
        return `${label}-shape-${shapes}`
      },
      items: async (shape: string) => {
        stocks++
        return [{ id: `${shape}-stock-${stocks}` } as CatalogItem]
      },
    },
    shapes: () => shapes,
    stocks: () => stocks,
    release: () => release(),
  }
}

describe("indexedCatalogItems", () => {
  afterEach(() => {
    delete process.env.TELAR_RESPONSE_CACHE
    bumpCatalogGenerations("product.updated")
  })

  it("computes once for concurrent requests of one scope, and again after a catalog change", async () => {
    const first = computation("first")
    const answers = Promise.all([1, 2, 3].map(() => indexedCatalogItems(scope, key, first.compute)))
    first.release()
    const [a, b, c] = await answers
    expect(first.shapes()).toBe(1)
    expect(first.stocks()).toBe(1)
    expect(a).toBe(b)
    expect(b).toBe(c)
    // The same channels in another order are the same scope.
    expect(await indexedCatalogItems(scope, { ...key, salesChannelIds: ["sc_a", "sc_b"] }, first.compute)).toBe(a)

    bumpCatalogGenerations("product.updated")
    const second = computation("second")
    second.release()
    expect(await indexedCatalogItems(scope, key, second.compute)).toEqual([{ id: "second-shape-1-stock-1" }])
  })

  it("after a stock event reads only the stock again and keeps the rest", async () => {
    const counted = computation("counted")
    counted.release()
    expect(await indexedCatalogItems(scope, key, counted.compute)).toEqual([{ id: "counted-shape-1-stock-1" }])
    for (const event of ["inventory-level.updated", "reservation-item.created", "order.placed"]) bumpCatalogGenerations(event)
    expect(await indexedCatalogItems(scope, key, counted.compute)).toEqual([{ id: "counted-shape-1-stock-2" }])
    expect(counted.shapes()).toBe(1)

    bumpCatalogGenerations("pricing.price.updated")
    expect(await indexedCatalogItems(scope, key, counted.compute)).toEqual([{ id: "counted-shape-2-stock-3" }])
  })

  it("keeps each locale, region and channel set apart", async () => {
    const shared = computation("shared")
    shared.release()
    await indexedCatalogItems(scope, key, shared.compute)
    await indexedCatalogItems(scope, { ...key, locale: "en-US" }, shared.compute)
    await indexedCatalogItems(scope, { ...key, regionId: undefined }, shared.compute)
    await indexedCatalogItems(scope, { ...key, salesChannelIds: ["sc_a"] }, shared.compute)
    expect(shared.shapes()).toBe(4)
  })

  it("lets locales with no translation share the index of no locale, asking the database once per locale", async () => {
    const shared = computation("shared")
    shared.release()
    const none = await indexedCatalogItems(scope, { ...key, locale: undefined }, shared.compute)
    localeLookups.length = 0
    for (const locale of ["xx-FAKE", "zz", "xx-FAKE"])
      expect(await indexedCatalogItems(scope, { ...key, locale }, shared.compute)).toBe(none)
    expect(localeLookups).toEqual(["xx-FAKE", "zz"])
    expect(shared.shapes()).toBe(1)
    await indexedCatalogItems(scope, { ...key, locale: "en-US" }, shared.compute)
    expect(shared.shapes()).toBe(2)
  })

  it("rebuilds an index older than a minute even without an event (a price list starting by the clock)", async () => {
    let now = 5_000_000
    jest.spyOn(Date, "now").mockImplementation(() => now)
    const aging = computation("aging")
    aging.release()
    await indexedCatalogItems(scope, key, aging.compute)
    bumpCatalogGenerations("order.placed")
    now += INDEX_MAX_AGE_MS - 1
    await indexedCatalogItems(scope, key, aging.compute)
    expect(aging.shapes()).toBe(1)
    now += 1
    expect(await indexedCatalogItems(scope, key, aging.compute)).toEqual([{ id: "aging-shape-2-stock-3" }])
    jest.restoreAllMocks()
  })

  it("does not keep a failed computation", async () => {
    const failing = { shape: () => Promise.reject(new Error("database away")), items: async () => [] }
    await expect(indexedCatalogItems(scope, key, failing)).rejects.toThrow("database away")
    const retry = computation("retry")
    retry.release()
    expect(await indexedCatalogItems(scope, key, retry.compute)).toEqual([{ id: "retry-shape-1-stock-1" }])
  })

  it("computes for every request with TELAR_RESPONSE_CACHE=off", async () => {
    process.env.TELAR_RESPONSE_CACHE = "off"
    const each = computation("each")
    each.release()
    await indexedCatalogItems(scope, key, each.compute)
    await indexedCatalogItems(scope, key, each.compute)
    expect(each.shapes()).toBe(2)
  })
})

describe("indexedSearchHits", () => {
  const words = { salesChannelIds: ["sc_a"], q: "huipil" }
  afterEach(() => {
    jest.restoreAllMocks()
    catalogGeneration().bump()
  })

  it("reuses the hits for the same words and channels for a while, then asks the index again", async () => {
    let now = 1_000_000
    jest.spyOn(Date, "now").mockImplementation(() => now)
    const search = jest.fn(async () => ["prod_1", "prod_2"])
    expect(await indexedSearchHits(scope, words, search)).toEqual(["prod_1", "prod_2"])
    now += SEARCH_HITS_TTL_MS - 1
    await indexedSearchHits(scope, words, search)
    expect(search).toHaveBeenCalledTimes(1)
    await indexedSearchHits(scope, { ...words, q: "ambar" }, search)
    await indexedSearchHits(scope, { ...words, salesChannelIds: ["sc_b"] }, search)
    expect(search).toHaveBeenCalledTimes(3)
    now += 1
    await indexedSearchHits(scope, words, search)
    expect(search).toHaveBeenCalledTimes(4)
  })

  it("asks the index again after a catalog change, and after a failure", async () => {
    const search = jest.fn(async () => ["prod_1"])
    await indexedSearchHits(scope, words, search)
    catalogGeneration().bump()
    await indexedSearchHits(scope, words, search)
    expect(search).toHaveBeenCalledTimes(2)

    catalogGeneration().bump()
    await expect(indexedSearchHits(scope, words, () => Promise.reject(new Error("index away")))).rejects.toThrow("index away")
    expect(await indexedSearchHits(scope, words, search)).toEqual(["prod_1"])
    expect(search).toHaveBeenCalledTimes(3)
  })
})
