import { LruCache } from "../lru"

describe("LruCache", () => {
  let now = 0
  const cache = (limits: Partial<{ maxEntries: number; maxBytes: number; ttlMs: number }> = {}) =>
    new LruCache<string>({ maxEntries: 3, maxBytes: 100, ttlMs: 1000, ...limits }, () => now)

  beforeEach(() => {
    now = 0
  })

  it("gives back what was stored, and nothing for an unknown key", () => {
    const lru = cache()
    lru.set("a", "A", 10)
    expect(lru.get("a")).toBe("A")
    expect(lru.get("b")).toBeUndefined()
  })

  it("drops the least recently used entry once over the entry bound", () => {
    const lru = cache()
    lru.set("a", "A", 1)
    lru.set("b", "B", 1)
    lru.set("c", "C", 1)
    lru.get("a") // a is now the most recent; b the least
    lru.set("d", "D", 1)
    expect(lru.get("b")).toBeUndefined()
    expect([lru.get("a"), lru.get("c"), lru.get("d")]).toEqual(["A", "C", "D"])
    expect(lru.size).toBe(3)
  })

  it("drops the oldest entries until the bytes fit, and refuses one larger than the whole bound", () => {
    const lru = cache({ maxEntries: 10 })
    lru.set("a", "A", 40)
    lru.set("b", "B", 40)
    lru.set("c", "C", 40)
    expect(lru.get("a")).toBeUndefined()
    expect(lru.totalBytes).toBe(80)
    expect(lru.set("huge", "H", 101)).toBe(false)
    expect(lru.get("huge")).toBeUndefined()
    expect(lru.totalBytes).toBe(80)
  })

  it("replaces an entry of the same key without counting it twice", () => {
    const lru = cache()
    lru.set("a", "A", 30)
    lru.set("a", "A2", 50)
    expect(lru.get("a")).toBe("A2")
    expect(lru.totalBytes).toBe(50)
    expect(lru.size).toBe(1)
  })

  it("forgets an entry once its time to live has passed", () => {
    const lru = cache()
    lru.set("a", "A", 10)
    now = 999
    expect(lru.get("a")).toBe("A")
    now = 1000
    expect(lru.get("a")).toBeUndefined()
    expect(lru.size).toBe(0)
    expect(lru.totalBytes).toBe(0)
  })

  it("empties at once on clear", () => {
    const lru = cache()
    lru.set("a", "A", 10)
    lru.set("b", "B", 10)
    lru.clear()
    expect(lru.get("a")).toBeUndefined()
    expect([lru.size, lru.totalBytes]).toEqual([0, 0])
  })
})
