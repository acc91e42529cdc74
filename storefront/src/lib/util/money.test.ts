import { amountToMinor, formatMoney, formatShare, intlLocale } from "./money"

// Intl separates the currency with a narrow or normal no-break space in some locales.
const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("amountToMinor", () => {
  it("turns Medusa's major-unit amounts into whole minor units", () => {
    expect(amountToMinor(96, "usd")).toBe(9600)
    expect(amountToMinor("12.00", "usd")).toBe(1200)
    expect(amountToMinor(1800.5, "mxn")).toBe(180050)
    expect(amountToMinor({ value: "12.5" }, "usd")).toBe(1250)
  })

  it("rounds computed totals once, half away from zero, without float noise", () => {
    expect(amountToMinor(0.1 + 0.2, "usd")).toBe(30)
    expect(amountToMinor(8.005, "usd")).toBe(801)
    expect(amountToMinor(-8.005, "usd")).toBe(-801)
    expect(amountToMinor(1.004999, "usd")).toBe(100)
  })

  it("respects currencies without decimals and treats missing amounts as zero", () => {
    expect(amountToMinor(1500, "jpy")).toBe(1500)
    expect(amountToMinor(1500.5, "jpy")).toBe(1501)
    expect(amountToMinor(null, "usd")).toBe(0)
    expect(amountToMinor(undefined, "usd")).toBe(0)
    expect(amountToMinor("not a number", "usd")).toBe(0)
  })
})

describe("formatMoney (minor units)", () => {
  it("formats US dollars and Mexican pesos for English shoppers", () => {
    expect(formatMoney(12800, "usd", "en")).toBe("$128.00")
    expect(formatMoney(235050, "mxn", "en")).toBe("MX$2,350.50")
    expect(formatMoney(5, "usd", "en")).toBe("$0.05")
  })

  it("formats for Spanish (Mexico) shoppers, where $ means pesos", () => {
    expect(clean(formatMoney(235050, "mxn", "es"))).toBe("$2,350.50")
    expect(clean(formatMoney(12800, "usd", "es"))).toBe("USD 128.00")
  })

  it("formats zero-decimal currencies without inventing cents", () => {
    expect(formatMoney(1500, "jpy", "en")).toBe("¥1,500")
    expect(clean(formatMoney(1500, "jpy", "es"))).toBe("JPY 1,500")
  })

  it("accepts upper- and lower-case currency codes", () => {
    expect(formatMoney(1250, "USD", "en")).toBe("$12.50")
    expect(formatMoney(1250, "usd", "en")).toBe("$12.50")
  })

  it("never goes through floating point: large and awkward amounts stay exact", () => {
    expect(formatMoney(900719925474099, "usd", "en")).toBe("$9,007,199,254,740.99")
    expect(formatMoney(30, "usd", "en")).toBe("$0.30")
    expect(formatMoney(-405, "usd", "en")).toBe("-$4.05")
  })

  it("refuses fractional minor units", () => {
    expect(() => formatMoney(10.5, "usd", "en")).toThrow(/integer/)
  })

  it("falls back to English formatting for unknown locales", () => {
    expect(intlLocale("fr")).toBe("en-US")
    expect(intlLocale("en")).toBe("en-US")
    expect(intlLocale("es")).toBe("es-MX")
  })
})

describe("formatMoney(amountToMinor(...)) for Medusa amounts", () => {
  // The same amounts and outputs the former major-unit formatter was tested with.
  it.each([
    [96, "usd", "en", "$96.00"],
    [12.5, "usd", "en", "$12.50"],
    ["12.5", "USD", "en", "$12.50"],
    ["128.00", "usd", "en", "$128.00"],
    ["0.1", "usd", "en", "$0.10"],
    [1800, "mxn", "en", "MX$1,800.00"],
    [1800, "mxn", "es", "$1,800.00"],
    [96, "usd", "es", "USD 96.00"],
    [12.5, "usd", "es", "USD 12.50"],
    [1500, "jpy", "en", "¥1,500"],
    [1500, "jpy", "es", "JPY 1,500"],
    [8.005, "usd", "en", "$8.01"],
    [null, "mxn", "es", "$0.00"],
  ] as const)("%p %s in %s is %s", (amount, currency, locale, expected) => {
    expect(clean(formatMoney(amountToMinor(amount, currency), currency, locale))).toBe(expected)
  })
})

describe("formatShare", () => {
  it("shows basis points as a whole percentage, never rounding up", () => {
    expect(formatShare(5468, "en")).toBe("54%")
    expect(formatShare(5499, "en")).toBe("54%")
    expect(formatShare(10000, "en")).toBe("100%")
    expect(formatShare(0, "en")).toBe("0%")
    expect(clean(formatShare(5645, "es"))).toMatch(/^56\s?%$/)
  })
})
