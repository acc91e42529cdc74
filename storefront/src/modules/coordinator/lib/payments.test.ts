import { entryFacts, monthPeriod, previousMonth } from "./payments"

describe("monthPeriod", () => {
  it.each([
    ["2026-02", { from: "2026-02-01", to: "2026-02-28" }],
    ["2028-02", { from: "2028-02-01", to: "2028-02-29" }],
    ["2026-12", { from: "2026-12-01", to: "2026-12-31" }],
    ["2026-04", { from: "2026-04-01", to: "2026-04-30" }],
  ])("%s runs from its first to its last day", (month, period) => {
    expect(monthPeriod(month)).toEqual(period)
  })

  it.each(["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "", "2026-01&to=2030-01-01"])("%p is no month", (month) => {
    expect(monthPeriod(month)).toBeNull()
  })
})

describe("previousMonth", () => {
  it("is the month before, in Chiapas' calendar", () => {
    expect(previousMonth(new Date("2026-12-15T12:00:00Z"))).toBe("2026-11")
    expect(previousMonth(new Date("2027-01-10T12:00:00Z"))).toBe("2026-12")
    // 1 March 03:00 UTC is still 28 February in Chiapas.
    expect(previousMonth(new Date("2026-03-01T03:00:00Z"))).toBe("2026-01")
  })
})

describe("entryFacts", () => {
  it("reads how many pieces a sale was, and why a sale was taken back", () => {
    expect(entryFacts({ type: "earning", snapshot: { quantity: 2, producer_price: { amount: 35000 } } })).toEqual({ quantity: 2 })
    expect(entryFacts({ type: "reversal", snapshot: { cause: "return", quantity: 1 } })).toEqual({ cause: "return" })
    expect(entryFacts({ type: "reversal", snapshot: { cause: "refund" } })).toEqual({ cause: "refund" })
  })

  it("says nothing it cannot read", () => {
    expect(entryFacts({ type: "earning", snapshot: null })).toEqual({})
    expect(entryFacts({ type: "earning", snapshot: { quantity: "2" } })).toEqual({})
    expect(entryFacts({ type: "earning", snapshot: { quantity: 1.5 } })).toEqual({})
    expect(entryFacts({ type: "reversal", snapshot: { cause: "<b>other</b>" } })).toEqual({})
    expect(entryFacts({ type: "payout", snapshot: { quantity: 3 } })).toEqual({})
  })
})
