import { CatalogGeneration, SETTLE_MS, type SharedCounter } from "../generation"

/** Redis' counter as the generation sees it: read and increment, either of which can fail. */
function fakeCounter() {
  const counter = { value: 0, down: false, increments: 0 }
  const shared: SharedCounter = {
    read: async () => {
      if (counter.down) throw new Error("connection refused")
      return counter.value
    },
    increment: async () => {
      if (counter.down) throw new Error("connection refused")
      counter.increments++
      return ++counter.value
    },
  }
  return { counter, shared }
}

describe("CatalogGeneration in one process", () => {
  it("changes on every bump and only then", async () => {
    const generation = new CatalogGeneration()
    const first = await generation.current()
    expect(await generation.current()).toBe(first)
    generation.bump()
    const second = await generation.current()
    expect(second).not.toBe(first)
    generation.bump()
    expect(await generation.current()).not.toBe(second)
  })
})

describe("CatalogGeneration shared through a counter", () => {
  afterEach(() => jest.useRealTimers())

  it("sees a bump made by another process on its next read", async () => {
    const { shared } = fakeCounter()
    const here = new CatalogGeneration(shared)
    const there = new CatalogGeneration(shared)
    const before = await here.current()
    there.bump()
    await Promise.resolve()
    expect(await here.current()).not.toBe(before)
  })

  it("changes at once in the process that bumped, before the counter has answered", async () => {
    const { shared } = fakeCounter()
    const generation = new CatalogGeneration({ ...shared, increment: () => new Promise(() => {}) })
    const before = await generation.current()
    generation.bump()
    expect(await generation.current()).not.toBe(before)
  })

  it("bumps the shared counter once more after a burst of changes has settled", async () => {
    jest.useFakeTimers()
    const { counter, shared } = fakeCounter()
    const generation = new CatalogGeneration(shared)
    generation.bump()
    generation.bump()
    expect(counter.increments).toBe(2)
    const beforeSettling = await generation.current()
    jest.advanceTimersByTime(SETTLE_MS - 1)
    expect(counter.increments).toBe(2)
    jest.advanceTimersByTime(1)
    expect(counter.increments).toBe(3)
    expect(await generation.current()).not.toBe(beforeSettling)
  })

  it("is unknown while the counter cannot be read, and never comes back to an older value after", async () => {
    const { counter, shared } = fakeCounter()
    const generation = new CatalogGeneration(shared)
    const before = await generation.current()
    counter.down = true
    expect(await generation.current()).toBeNull()
    counter.down = false
    expect(await generation.current()).not.toBe(before)
  })

  it("moves on when the counter went back (Redis flushed), never meeting a generation seen before", async () => {
    const { counter, shared } = fakeCounter()
    const generation = new CatalogGeneration(shared)
    counter.value = 5
    const seen = new Set([await generation.current()])
    counter.value = 0
    const afterFlush = await generation.current()
    expect(seen.has(afterFlush)).toBe(false)
    seen.add(afterFlush)
    counter.value = 5
    expect(seen.has(await generation.current())).toBe(false)
  })

  it("sends a bump that could not reach the counter once it answers this process again", async () => {
    const { counter, shared } = fakeCounter()
    const here = new CatalogGeneration(shared)
    const elsewhere = new CatalogGeneration(shared)
    const before = await elsewhere.current()
    counter.down = true
    here.bump()
    await new Promise((resolve) => setImmediate(resolve))
    counter.down = false
    expect(await elsewhere.current()).toBe(before)
    await here.current()
    expect(await elsewhere.current()).not.toBe(before)
  })
})
