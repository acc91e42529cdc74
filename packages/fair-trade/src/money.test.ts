import { fromMinor, toMinor } from "./money"

describe("toMinor", () => {
  it("parses decimal text and numbers exactly", () => {
    expect(toMinor("128.50", "usd")).toBe(12850)
    expect(toMinor(0.1, "usd")).toBe(10)
    expect(toMinor("2350", "MXN")).toBe(235000)
    expect(toMinor("-4.05", "usd")).toBe(-405)
    expect(toMinor("1000", "jpy")).toBe(1000)
    expect(toMinor("19.990", "usd")).toBe(1999)
  })

  it("refuses amounts it would have to round or cannot read", () => {
    expect(() => toMinor("1.005", "usd")).toThrow(/more than 2 decimals/)
    expect(() => toMinor("1.5", "jpy")).toThrow(/more than 0 decimals/)
    expect(() => toMinor("abc", "usd")).toThrow(/not a decimal/)
    expect(() => toMinor(Number.NaN, "usd")).toThrow(/finite/)
    expect(() => toMinor(1e21, "usd")).toThrow(/out of range/)
  })
})

describe("fromMinor", () => {
  it("formats minor units as plain decimals", () => {
    expect(fromMinor(12850, "usd")).toBe("128.50")
    expect(fromMinor(5, "mxn")).toBe("0.05")
    expect(fromMinor(-405, "usd")).toBe("-4.05")
    expect(fromMinor(1000, "jpy")).toBe("1000")
  })

  it.each([0, 1, 99, 100, 123456789, -250])("round-trips %p with toMinor", (minor) => {
    expect(toMinor(fromMinor(minor, "mxn"), "mxn")).toBe(minor)
  })

  it("rejects fractional minor units", () => {
    expect(() => fromMinor(1.5, "usd")).toThrow(/integer/)
  })
})
