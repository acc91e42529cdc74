import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogGeneration } from "../../http-cache/generation"
import { indexedCatalogItems } from "../catalog-index"
import type { CatalogItem } from "../items"

const scope = { resolve: () => ({}) } as unknown as MedusaContainer
const key = { salesChannelIds: ["sc_b", "sc_a"], locale: "es-MX", regionId: "reg_us" }

function computation(label: string) {
  let calls = 0
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  return {
    compute: async () => {
      calls++
      await gate
      return [{ id: `${label}-${calls}` } as CatalogItem]
    },
    calls: () => calls,
    release: () => release(),
  }
}

describe("indexedCatalogItems", () => {
  afterEach(() => {
    delete process.env.TELAR_RESPONSE_CACHE
    catalogGeneration().bump()
  })

  it("computes once for concurrent requests of one scope, and again after a catalog change", async () => {
    const first = computation("first")
    const answers = Promise.all([1, 2, 3].map(() => indexedCatalogItems(scope, key, first.compute)))
    first.release()
    const [a, b, c] = await answers
    expect(first.calls()).toBe(1)
    expect(a).toBe(b)
    expect(b).toBe(c)
    // The same channels in another order are the same scope.
    expect(await indexedCatalogItems(scope, { ...key, salesChannelIds: ["sc_a", "sc_b"] }, first.compute)).toBe(a)

    catalogGeneration().bump()
    const second = computation("second")
    second.release()
    expect(await indexedCatalogItems(scope, key, second.compute)).toEqual([{ id: "second-1" }])
    expect(second.calls()).toBe(1)
  })

  it("keeps each locale, region and channel set apart", async () => {
    const shared = computation("shared")
    shared.release()
    await indexedCatalogItems(scope, key, shared.compute)
    await indexedCatalogItems(scope, { ...key, locale: "en-US" }, shared.compute)
    await indexedCatalogItems(scope, { ...key, regionId: undefined }, shared.compute)
    await indexedCatalogItems(scope, { ...key, salesChannelIds: ["sc_a"] }, shared.compute)
    expect(shared.calls()).toBe(4)
  })

  it("does not keep a failed computation", async () => {
    await expect(indexedCatalogItems(scope, key, () => Promise.reject(new Error("database away")))).rejects.toThrow("database away")
    const retry = computation("retry")
    retry.release()
    expect(await indexedCatalogItems(scope, key, retry.compute)).toEqual([{ id: "retry-1" }])
  })

  it("computes for every request with TELAR_RESPONSE_CACHE=off", async () => {
    process.env.TELAR_RESPONSE_CACHE = "off"
    const each = computation("each")
    each.release()
    await indexedCatalogItems(scope, key, each.compute)
    await indexedCatalogItems(scope, key, each.compute)
    expect(each.calls()).toBe(2)
  })
})
