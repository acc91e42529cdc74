import { roundToMinor } from "./round"

describe("roundToMinor", () => {
  it("reads numbers, decimal text and BigNumber raw values", () => {
    expect(roundToMinor(128, "usd")).toBe(12800)
    expect(roundToMinor(0.1 + 0.2, "usd")).toBe(30)
    expect(roundToMinor("2340.5", "mxn")).toBe(234050)
    expect(roundToMinor({ value: "1300.50" }, "mxn")).toBe(130050)
    expect(roundToMinor(500, "jpy")).toBe(500)
  })

  it("rounds extra decimals once, half away from zero", () => {
    expect(roundToMinor("10.005", "usd")).toBe(1001)
    expect(roundToMinor("10.0049", "usd")).toBe(1000)
    expect(roundToMinor("-10.005", "usd")).toBe(-1001)
  })

  it("answers null for what is not an amount", () => {
    expect(roundToMinor(null, "usd")).toBeNull()
    expect(roundToMinor("abc", "usd")).toBeNull()
    expect(roundToMinor({}, "usd")).toBeNull()
    expect(roundToMinor(Number.NaN, "usd")).toBeNull()
  })
})
