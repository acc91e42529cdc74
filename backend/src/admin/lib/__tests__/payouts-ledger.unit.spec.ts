import { AdminCreateAdvance, MAX_ADVANCE_PESOS } from "../../../api/admin/cooperatives/[id]/advances/validators"
import { LedgerListQuery } from "../../../lib/payout/ledger-query"
import { StatementQuery } from "../../../lib/payout/statement-query"
import * as ledger from "../payouts-ledger"

/** Query values as the browser sends them: text. */
const asText = (query: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]))

describe("the ledger view", () => {
  it("asks for a page of the filtered ledger in a query the route accepts", () => {
    expect(ledger.ledgerQuery(ledger.EMPTY_LEDGER_FILTERS, 0, 50)).toEqual({ limit: 50, offset: 0 })
    const query = ledger.ledgerQuery({ type: "earning", order_id: " order_01JF " }, 2, 50)
    expect(query).toEqual({ limit: 50, offset: 100, type: "earning", order_id: "order_01JF" })
    expect(LedgerListQuery.parse(asText(query))).toMatchObject({ limit: 50, offset: 100, type: "earning", order_id: "order_01JF" })
  })

  it("tells staff to use the order's id, not its number", () => {
    expect(ledger.orderIdError("")).toBeNull()
    expect(ledger.orderIdError("order_01JF3ABC")).toBeNull()
    expect(ledger.orderIdError("#1042")).toMatch(/not its number #1042/)
    expect(ledger.orderIdError("1042")).toMatch(/order's id/)
    expect(ledger.orderIdError("order 1")).toMatch(/one word/)
  })

  it("explains an earning and a reversal from their snapshots", () => {
    const earning = {
      type: "earning" as const,
      snapshot: {
        quantity: 2,
        producer_price: { id: "pp_1", amount: 35000, currency_code: "mxn" },
        exchange_rate: { id: "xr_1", from: "usd", to: "mxn", rate: "18.25", set_at: "2026-12-01T00:00:00Z" },
      },
    }
    expect(ledger.ledgerEntryDetail(earning)).toBe("2 × MX$350.00 at 18.25 MXN/USD")
    expect(ledger.ledgerEntryDetail({ ...earning, snapshot: { ...earning.snapshot, exchange_rate: null } })).toBe("2 × MX$350.00")
    expect(ledger.ledgerEntryDetail({ type: "reversal", snapshot: { cause: "refund" } })).toBe("refund")
    expect(ledger.ledgerEntryDetail({ type: "payout", snapshot: null })).toBe("")
    expect(ledger.ledgerEntryDetail({ type: "earning", snapshot: { quantity: 1 } })).toBe("")
  })
})

describe("the printable statement", () => {
  it("links a period the route accepts, or says what is wrong with it", () => {
    const period = { from: "2026-12-01", to: "2026-12-31", lang: "es" as const }
    expect(ledger.statementPeriodError(period)).toBeNull()
    expect(ledger.statementHref("coop_01", period)).toBe("/admin/cooperatives/coop_01/statement?from=2026-12-01&to=2026-12-31&lang=es")
    expect(StatementQuery.safeParse({ from: period.from, to: period.to, lang: period.lang }).success).toBe(true)
    // Empty dates: the route's default period (this month so far).
    expect(ledger.statementHref("coop_01", { from: "", to: "", lang: "en" })).toBe("/admin/cooperatives/coop_01/statement?lang=en")
    expect(ledger.statementPeriodError({ from: "2026-12-31", to: "2026-12-01" })).toMatch(/starts after it ends/)
    expect(StatementQuery.safeParse({ from: "2026-12-31", to: "2026-12-01" }).success).toBe(false)
    expect(ledger.statementPeriodError({ from: "1/12/2026", to: "" })).toBe("Dates are written YYYY-MM-DD.")
  })
})

describe("granting an advance", () => {
  it("keeps the route's limit", () => {
    expect(ledger.MAX_ADVANCE_PESOS).toBe(MAX_ADVANCE_PESOS)
  })

  it("sends pesos the route turns into the same centavos, with the form's idempotency key", () => {
    const key = ledger.newAdvanceKey()
    const result = ledger.advancePayload({ amount: "2,500.5", note: " Half of the commissioned huipiles ", order_id: "order_01JF" }, key)
    expect(result).toEqual({
      ok: true,
      payload: {
        amount: "2500.50",
        currency_code: "mxn",
        note: "Half of the commissioned huipiles",
        order_id: "order_01JF",
        idempotency_key: key,
      },
    })
    if (!result.ok) throw new Error("advance refused")
    expect(AdminCreateAdvance.parse(result.payload)).toMatchObject({ amount: 250050, currency_code: "mxn", idempotency_key: key })
    expect(ledger.advanceAmountLabel(result.payload)).toBe("MX$2,500.50")
  })

  it("leaves out an empty order and refuses what the route would", () => {
    const result = ledger.advancePayload({ amount: "100", note: "Tools", order_id: "" }, "advance_key_1")
    expect(result.ok && result.payload).toEqual({ amount: "100.00", currency_code: "mxn", note: "Tools", idempotency_key: "advance_key_1" })
    expect(ledger.advancePayload({ amount: "0", note: "ab", order_id: "#12" }, "advance_key_1")).toEqual({
      ok: false,
      errors: {
        amount: "An advance is more than 0.",
        note: "Say what the advance is for, e.g. half of the commissioned huipiles.",
        order_id: expect.stringContaining("order's id"),
      },
    })
    const tooMuch = ledger.advancePayload({ amount: String(MAX_ADVANCE_PESOS + 1), note: "Tools", order_id: "" }, "advance_key_1")
    expect(tooMuch).toEqual({ ok: false, errors: { amount: "An advance is at most MX$5,000,000.00." } })
    expect(AdminCreateAdvance.safeParse({ amount: String(MAX_ADVANCE_PESOS + 1), note: "Tools" }).success).toBe(false)
  })

  it("makes a fresh key the route accepts for each grant", () => {
    const keys = new Set(Array.from({ length: 20 }, () => ledger.newAdvanceKey()))
    expect(keys.size).toBe(20)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/)
  })
})
