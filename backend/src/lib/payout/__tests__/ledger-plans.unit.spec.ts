import { earningKey, planOrderEarnings, type VariantTerms } from "../earnings"
import { cancellationReversalKey, planCancellationReversals } from "../reversals"

const system = { type: "system" as const, id: "order.placed" }
const rate = { id: "xrate_1", from: "usd", to: "mxn", rate: "17.85", set_at: "2026-12-01T00:00:00.000Z" }

const terms = new Map<string, VariantTerms>([
  ["var_huipil", { cooperative_id: "coop_a", producer_price: { id: "pp_1", amount: "612.50", currency_code: "mxn" } }],
  ["var_jarra", { cooperative_id: "coop_b", producer_price: { id: "pp_2", amount: 180.25, currency_code: "mxn" } }],
  ["var_unpriced", { cooperative_id: "coop_a", producer_price: null }],
  ["var_orphan", { cooperative_id: null, producer_price: { id: "pp_3", amount: "10", currency_code: "mxn" } }],
  ["var_usd_price", { cooperative_id: "coop_a", producer_price: { id: "pp_4", amount: "10", currency_code: "usd" } }],
])

const line = (id: string, variant: string, quantity: number, unit_price: number | string) => ({
  id,
  quantity,
  unit_price,
  variant_id: variant,
  product_id: `prod_${variant}`,
})

describe("planOrderEarnings", () => {
  const order = {
    id: "order_1",
    currency_code: "usd",
    created_at: "2026-12-05T10:00:00.000Z",
    items: [
      line("li_1", "var_huipil", 2, 90),
      line("li_2", "var_jarra", 1, "40.00"),
      line("li_3", "var_unpriced", 1, 25),
      line("li_4", "var_orphan", 1, 25),
      line("li_5", "var_usd_price", 1, 25),
    ],
  }

  it("owes producer price × quantity in centavos per priced line, whatever the shopper's currency", () => {
    const plan = planOrderEarnings({ order, terms, rate, actor: system })
    expect(plan.entries.map((entry) => [entry.entry_key, entry.cooperative_id, entry.amount])).toEqual([
      [earningKey("li_1"), "coop_a", 2 * 61250],
      [earningKey("li_2"), "coop_b", 18025],
    ])
    expect(plan.skipped).toEqual([
      { line_item_id: "li_3", reason: "no_producer_price" },
      { line_item_id: "li_4", reason: "no_cooperative" },
      { line_item_id: "li_5", reason: "not_in_ledger_currency" },
    ])
  })

  it("keeps what produced the amount: producer price, quantity, the rate in force and the split shown", () => {
    const [huipil] = planOrderEarnings({ order, terms, rate, actor: system }).entries
    expect(huipil.snapshot).toMatchObject({
      quantity: 2,
      producer_price: { id: "pp_1", amount: 61250, currency_code: "mxn" },
      unit_price: { amount: 9000, currency_code: "usd" },
      exchange_rate: { id: "xrate_1", rate: "17.85" },
      // 1225.00 MXN at 17.85 MXN per USD is 68.627… USD: 68.63 of the 180.00 paid.
      split: { currency_code: "usd", total: 18000, cooperative: 6863, network: 18000 - 6863 },
    })
  })

  it("still owes the producer price when no rate was set, without a split", () => {
    const [huipil] = planOrderEarnings({ order, terms, rate: null, actor: system }).entries
    expect(huipil.amount).toBe(122500)
    expect(huipil.snapshot).toMatchObject({ exchange_rate: null, split: null })
  })

  it("needs no rate for a peso order", () => {
    const [huipil] = planOrderEarnings({ order: { ...order, currency_code: "mxn" }, terms, rate, actor: system }).entries
    expect(huipil.amount).toBe(122500)
    expect(huipil.snapshot).toMatchObject({ exchange_rate: null, split: { currency_code: "mxn", cooperative: 122500 } })
  })
})

describe("planCancellationReversals", () => {
  const entry = (id: string, type: "earning" | "reversal", amount: number, line_item_id: string, cooperative_id = "coop_a") => ({
    id,
    type,
    amount,
    line_item_id,
    cooperative_id,
  })

  it("reverses each line's earning to exactly zero, net of reversals written before", () => {
    const entries = [
      entry("e1", "earning", 122500, "li_1"),
      entry("e2", "earning", 18025, "li_2", "coop_b"),
      entry("r1", "reversal", -40833, "li_1"),
    ]
    const reversals = planCancellationReversals({ order_id: "order_1", entries, actor: system })
    expect(reversals.map((reversal) => [reversal.entry_key, reversal.cooperative_id, reversal.amount])).toEqual([
      [cancellationReversalKey("li_1", "order_1"), "coop_a", -(122500 - 40833)],
      [cancellationReversalKey("li_2", "order_1"), "coop_b", -18025],
    ])
    const total = [...entries, ...reversals].reduce((sum, item) => sum + item.amount, 0)
    expect(total).toBe(0)
  })

  it("writes nothing for a line already reversed in full", () => {
    const entries = [entry("e1", "earning", 500, "li_1"), entry("r1", "reversal", -500, "li_1")]
    expect(planCancellationReversals({ order_id: "order_1", entries, actor: system })).toEqual([])
  })
})
