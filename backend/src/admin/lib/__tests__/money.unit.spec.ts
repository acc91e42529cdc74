import { formatAmount, formatMoney, formatShare, parseMoneyInput } from "../money"

describe("money for staff", () => {
  it("formats integer minor units exactly, in en-US", () => {
    expect(formatMoney(125050, "mxn")).toBe("MX$1,250.50")
    expect(formatMoney(1800, "usd")).toBe("$18.00")
    expect(formatMoney(-35000, "mxn")).toBe("-MX$350.00")
    // Beyond a float's exact cents: the text goes to Intl, not a number.
    expect(formatMoney(900719925474099, "mxn")).toBe("MX$9,007,199,254,740.99")
  })

  it("formats Medusa amounts (numbers, text, BigNumber raw) and shows a dash when missing", () => {
    expect(formatAmount(350, "mxn")).toBe("MX$350.00")
    expect(formatAmount("350.5", "mxn")).toBe("MX$350.50")
    expect(formatAmount({ value: "12.345" }, "usd")).toBe("$12.35")
    expect(formatAmount(null, "mxn")).toBe("—")
    expect(formatAmount(10, null)).toBe("—")
  })

  it("truncates a share so it is never overstated", () => {
    expect(formatShare(5468)).toBe("54%")
    expect(formatShare(9999)).toBe("99%")
    expect(formatShare(10000)).toBe("100%")
    expect(formatShare(0)).toBe("0%")
  })

  it("parses typed amounts into minor units or says why not", () => {
    expect(parseMoneyInput("350", "mxn")).toEqual({ minor: 35000 })
    expect(parseMoneyInput(" 1,250.5 ", "mxn")).toEqual({ minor: 125050 })
    expect(parseMoneyInput("0.10", "mxn")).toEqual({ minor: 10 })
    expect(parseMoneyInput("", "mxn")).toEqual({ error: "Enter an amount." })
    expect(parseMoneyInput("-5", "mxn")).toEqual({ error: expect.stringContaining("is not an amount") })
    expect(parseMoneyInput("12.345", "mxn")).toEqual({ error: "Use at most 2 decimals for MXN." })
    expect(parseMoneyInput("350 pesos", "mxn")).toEqual({ error: expect.stringContaining("is not an amount") })
  })
})
