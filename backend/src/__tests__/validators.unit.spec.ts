import { AdminCreateCooperative, AdminSetProducerPrices } from "../api/admin/cooperatives/validators"
import { AdminCreateExchangeRate } from "../api/admin/exchange-rates/validators"

const valid = {
  handle: "jolom",
  name: "Jolom",
  community: "Zinacantán",
  municipality: "Zinacantán",
  region: "Altos",
  latitude: 16.76,
  longitude: -92.72,
  payout_account: { method: "spei", account_holder: "Jolom SC", clabe: "032180000118359719" },
}

describe("admin validators", () => {
  it("accepts a complete cooperative and lowercases the payout currency", () => {
    const parsed = AdminCreateCooperative.parse({ ...valid, payout_account: { ...valid.payout_account, currency_code: "MXN" } })
    expect(parsed.payout_account.currency_code).toBe("mxn")
  })

  it("rejects a CLABE with a wrong check digit and a SPEI account without CLABE", () => {
    const wrong = AdminCreateCooperative.safeParse({ ...valid, payout_account: { ...valid.payout_account, clabe: "032180000118359718" } })
    expect(wrong.success).toBe(false)
    expect(JSON.stringify(wrong.error?.issues)).toMatch(/check digit/)
    const missing = AdminCreateCooperative.safeParse({ ...valid, payout_account: { method: "spei", account_holder: "Jolom SC" } })
    expect(missing.success).toBe(false)
  })

  it("rejects coordinates outside Chiapas and unknown fields", () => {
    expect(AdminCreateCooperative.safeParse({ ...valid, latitude: 40.7 }).success).toBe(false)
    expect(AdminCreateCooperative.safeParse({ ...valid, surprise: true }).success).toBe(false)
  })

  it("accepts producer prices as decimal text or numbers, never negative or over-precise", () => {
    const ok = (amount: unknown) => AdminSetProducerPrices.safeParse({ prices: [{ variant_id: "v", amount }] }).success
    expect(ok("1300.50")).toBe(true)
    expect(ok(1300)).toBe(true)
    expect(ok("-1")).toBe(false)
    expect(ok("12.345")).toBe(false)
    expect(ok("twelve")).toBe(false)
    expect(AdminSetProducerPrices.safeParse({ prices: [] }).success).toBe(false)
  })

  it("normalises exchange rates to text and defaults to USD->MXN", () => {
    expect(AdminCreateExchangeRate.parse({ rate: 18.25 })).toEqual({ from_currency: "usd", to_currency: "mxn", rate: "18.25" })
    expect(AdminCreateExchangeRate.safeParse({ rate: "0" }).success).toBe(false)
  })
})
