import { amountToMinor, formatMoney, intlLocale, sumAmounts } from "@/modules/cart/lib/money"

describe("amountToMinor", () => {
  it("turns Medusa's major-unit amounts into whole minor units", () => {
    expect(amountToMinor(96, "usd")).toBe(9600)
    expect(amountToMinor("12.00", "usd")).toBe(1200)
    expect(amountToMinor(1800.5, "mxn")).toBe(180050)
  })

  it("rounds computed totals once, half away from zero, without float noise", () => {
    expect(amountToMinor(0.1 + 0.2, "usd")).toBe(30)
    expect(amountToMinor(8.005, "usd")).toBe(801)
    expect(amountToMinor(-8.005, "usd")).toBe(-801)
    expect(amountToMinor(1.004999, "usd")).toBe(100)
  })

  it("respects currencies without decimals and treats missing amounts as zero", () => {
    expect(amountToMinor(1500, "jpy")).toBe(1500)
    expect(amountToMinor(null, "usd")).toBe(0)
    expect(amountToMinor(undefined, "usd")).toBe(0)
    expect(amountToMinor("not a number", "usd")).toBe(0)
  })
})

describe("formatMoney", () => {
  const clean = (text: string) => text.replace(/\u00a0/g, " ")

  it("formats dollars and pesos for English shoppers", () => {
    expect(formatMoney(96, "usd", "en")).toBe("$96.00")
    expect(formatMoney(1800, "mxn", "en")).toBe("MX$1,800.00")
  })

  it("formats for Spanish shoppers without confusing pesos and dollars", () => {
    expect(formatMoney(1800, "mxn", "es")).toBe("$1,800.00")
    expect(clean(formatMoney(96, "usd", "es"))).toBe("USD 96.00")
  })

  it("accepts upper-case codes and string amounts", () => {
    expect(formatMoney("12.5", "USD", "en")).toBe("$12.50")
  })
})

describe("sumAmounts / intlLocale", () => {
  it("adds exactly through minor units", () => {
    expect(sumAmounts([0.1, 0.2, "12.00"], "usd")).toBe(12.3)
  })

  it("maps storefront languages to formatting locales", () => {
    expect(intlLocale("en")).toBe("en-US")
    expect(intlLocale("es")).toBe("es-MX")
  })
})
