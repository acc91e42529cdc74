import { summarisePaidImpact } from "../impact"
import { mayReadOrder, type OrderLedgerEntry, sumOrderEarnings } from "../impact-order-earnings"

const USD_MXN = { id: "exr_1", from: "usd", to: "mxn", rate: "17.85", set_at: "2026-12-01T00:00:00.000Z" }
const earning = (cooperative_id: string, amount: number, exchange_rate: unknown = USD_MXN): OrderLedgerEntry => ({
  type: "earning",
  cooperative_id,
  amount,
  snapshot: { exchange_rate },
})
const reversal = (cooperative_id: string, amount: number): OrderLedgerEntry => ({
  type: "reversal",
  cooperative_id,
  amount,
  snapshot: null,
})

describe("summarisePaidImpact", () => {
  it("sums the paid centavos of the cooperatives given and the families of those paid at least once", () => {
    const cooperatives = [
      { id: "coop_a", member_families: 42 },
      { id: "coop_b", member_families: 17 },
      { id: "coop_c", member_families: null },
      { id: "coop_d", member_families: 9 },
    ]
    const paid = new Map([
      ["coop_a", 122500],
      ["coop_c", 1],
      ["coop_d", 0],
      // Paid, but not among the cooperatives given (a draft): not counted.
      ["coop_draft", 99999],
    ])
    expect(summarisePaidImpact(cooperatives, paid)).toEqual({
      paid_to_cooperatives: { amount: 122501, currency_code: "mxn" },
      families_reached: 42,
    })
  })

  it("is zero, honestly, before anything is paid", () => {
    expect(summarisePaidImpact([{ id: "coop_a", member_families: 42 }], new Map())).toEqual({
      paid_to_cooperatives: { amount: 0, currency_code: "mxn" },
      families_reached: 0,
    })
  })
})

describe("sumOrderEarnings", () => {
  it("nets each cooperative's earnings and reversals and converts the net once at the earnings' rate", () => {
    const entries = [earning("coop_a", 61250), earning("coop_a", 61250), earning("coop_b", 30025), reversal("coop_a", -61250)]
    // 612.50 MXN / 17.85 = 34.313… USD; 300.25 / 17.85 = 16.820… USD.
    expect(sumOrderEarnings(entries, "USD")).toEqual([
      { cooperative_id: "coop_a", amount: 61250, currency_code: "mxn", order_currency_amount: { amount: 3431, currency_code: "usd" } },
      { cooperative_id: "coop_b", amount: 30025, currency_code: "mxn", order_currency_amount: { amount: 1682, currency_code: "usd" } },
    ])
  })

  it("gives the same centavos for an order paid in pesos, with no rate needed", () => {
    expect(sumOrderEarnings([earning("coop_a", 61250, null)], "mxn")).toEqual([
      { cooperative_id: "coop_a", amount: 61250, currency_code: "mxn", order_currency_amount: { amount: 61250, currency_code: "mxn" } },
    ])
  })

  it("says nothing in the order's currency when an earning has no rate or the rates disagree", () => {
    const noRate = sumOrderEarnings([earning("coop_a", 100), earning("coop_a", 100, null)], "usd")
    const twoRates = sumOrderEarnings([earning("coop_a", 100), earning("coop_a", 100, { ...USD_MXN, rate: "18" })], "usd")
    const unusable = sumOrderEarnings([earning("coop_a", 100, { from: "eur", to: "mxn", rate: "20" })], "usd")
    for (const [result] of [noRate, twoRates, unusable]) expect(result.order_currency_amount).toBeNull()
  })

  it("ignores entries that are not the order's earnings or reversals, and reversals without an earning", () => {
    const entries: OrderLedgerEntry[] = [
      earning("coop_a", 500),
      { type: "advance_recoupment", cooperative_id: "coop_a", amount: -200, snapshot: null },
      reversal("coop_z", -300),
    ]
    expect(sumOrderEarnings(entries, "mxn").map((row) => [row.cooperative_id, row.amount])).toEqual([["coop_a", 500]])
  })
})

describe("mayReadOrder", () => {
  const order = { id: "order_1", currency_code: "usd", customer_id: "cus_ana", customer: { has_account: true } }
  it("answers a registered customer's order only to that customer", () => {
    expect(mayReadOrder(order, "cus_ana")).toBe(true)
    expect(mayReadOrder(order, "cus_beto")).toBe(false)
    expect(mayReadOrder(order, null)).toBe(false)
  })

  it("answers a guest's order to whoever holds its id, and never a draft order", () => {
    const guest = { ...order, customer: { has_account: false } }
    expect(mayReadOrder(guest, null)).toBe(true)
    expect(mayReadOrder(guest, "cus_beto")).toBe(true)
    expect(mayReadOrder({ ...order, customer: null }, null)).toBe(true)
    expect(mayReadOrder({ ...guest, is_draft_order: true }, null)).toBe(false)
  })
})
