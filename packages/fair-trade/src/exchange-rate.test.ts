import { convertMinor, normaliseRate } from "./exchange-rate"

const usdMxn = { from: "usd", to: "mxn", rate: "18.25" }

describe("convertMinor", () => {
  it("converts along the rate", () => {
    expect(convertMinor(10000, "usd", "mxn", usdMxn)).toBe(182500)
  })

  it("converts against the rate, rounding half away from zero once", () => {
    // 1000.00 MXN / 18.25 = 54.7945... USD
    expect(convertMinor(100000, "mxn", "usd", usdMxn)).toBe(5479)
    // 0.365 USD exactly -> rounds to 0.37
    expect(convertMinor(666125, "mxn", "usd", { from: "usd", to: "mxn", rate: "18250" })).toBe(37)
  })

  it("returns the amount unchanged for the same currency without needing a rate", () => {
    expect(convertMinor(4321, "MXN", "mxn")).toBe(4321)
  })

  it("refuses to guess a missing or unrelated rate", () => {
    expect(() => convertMinor(100, "mxn", "usd")).toThrow(/no exchange rate/)
    expect(() => convertMinor(100, "eur", "usd", usdMxn)).toThrow(/cannot convert/)
  })

  it("handles currencies with different exponents", () => {
    expect(convertMinor(100, "usd", "jpy", { from: "usd", to: "jpy", rate: "150" })).toBe(150)
  })
})

describe("normaliseRate", () => {
  it("normalises and validates", () => {
    expect(normaliseRate("18.2500")).toBe("18.25")
    expect(normaliseRate("20")).toBe("20")
    expect(() => normaliseRate("0")).toThrow(/greater than zero/)
    expect(() => normaliseRate("-3")).toThrow(/positive decimal/)
    expect(() => normaliseRate("18.123456789")).toThrow(/at most 8 decimals/)
  })
})
