import { formatAmount, formatMoney, formatShare, intlLocale, safeMinor } from "@/lib/util/money"

// Intl separates the currency with a narrow or normal no-break space in some locales.
const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

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
    expect(intlLocale("es")).toBe("es-MX")
  })
})

describe("formatAmount (major units from the API)", () => {
  it("accepts decimal text and numbers", () => {
    expect(formatAmount("128.00", "usd", "en")).toBe("$128.00")
    expect(formatAmount(96, "usd", "en")).toBe("$96.00")
    expect(formatAmount("0.1", "usd", "en")).toBe("$0.10")
  })

  it("rejects amounts with more decimals than the currency has", () => {
    expect(() => formatAmount("1.005", "usd", "en")).toThrow(/decimals/)
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

describe("safeMinor", () => {
  it("returns exact minor units or null", () => {
    expect(safeMinor("48.00", "usd")).toBe(4800)
    expect(safeMinor(2480, "mxn")).toBe(248000)
    expect(safeMinor(null, "usd")).toBeNull()
    expect(safeMinor("abc", "usd")).toBeNull()
  })
})
