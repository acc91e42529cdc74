import type { PayoutRecord } from "../../../modules/payout/payouts"
import { payoutAmountProblems, payoutReference } from "../../../modules/payout/payouts"
import { batchStatus, payoutBlocker } from "../batches"
import { csvField, speiBatchCsv } from "../csv"
import { defaultStatementPeriod, statementHtml } from "../statement"
import { StatementQuery } from "../statement-query"

const payout = (overrides: Partial<PayoutRecord>): PayoutRecord => ({
  id: "po_01ABC",
  batch_id: "pobatch_1",
  cooperative_id: "coop_a",
  method: "spei",
  amount: 122500,
  currency_code: "mxn",
  status: "pending",
  account_holder: "Jolom Mayaetik SC",
  clabe: "032180000118359719",
  stripe_account_id: null,
  reference: "TELAR 01ABC",
  tracking_key: null,
  stripe_transfer_id: null,
  failure_reason: null,
  paid_at: null,
  failed_at: null,
  settled_by: null,
  created_at: new Date("2026-12-05T16:00:00Z"),
  updated_at: new Date("2026-12-05T16:00:00Z"),
  ...overrides,
})

describe("the bank's CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("Jolom Mayaetik")).toBe("Jolom Mayaetik")
    expect(csvField("Sna Jolobil, SC")).toBe('"Sna Jolobil, SC"')
    expect(csvField('Mujeres "Sna"')).toBe('"Mujeres ""Sna"""')
    expect(csvField("línea\nnueva")).toBe('"línea\nnueva"')
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvField("@SUM(1)")).toBe("'@SUM(1)")
    expect(csvField("-5", { text: false })).toBe("-5")
  })

  it("lists the pending SPEI payouts only, pesos with two decimals, CRLF line ends", () => {
    const csv = speiBatchCsv([
      payout({ id: "po_1", reference: "TELAR 1" }),
      payout({ id: "po_2", amount: 5, account_holder: "Tejedoras, SC", reference: "TELAR 2" }),
      payout({ id: "po_3", amount: 1234567890, reference: "TELAR 3" }),
      payout({ id: "po_4", status: "paid", reference: "TELAR 4" }),
      payout({ id: "po_5", status: "failed", reference: "TELAR 5" }),
      payout({ id: "po_6", method: "stripe_connect", clabe: null, stripe_account_id: "acct_1", reference: "TELAR 6" }),
    ])
    expect(csv).toBe(
      "CLABE,Beneficiario,Monto,Referencia\r\n" +
        "032180000118359719,Jolom Mayaetik SC,1225.00,TELAR 1\r\n" +
        '032180000118359719,"Tejedoras, SC",0.05,TELAR 2\r\n' +
        "032180000118359719,Jolom Mayaetik SC,12345678.90,TELAR 3\r\n"
    )
    expect(speiBatchCsv([])).toBe("CLABE,Beneficiario,Monto,Referencia\r\n")
  })
})

describe("payout rules", () => {
  it("refuses amounts above the balance, at or below zero, and balances with nothing to pay", () => {
    const balances = new Map([
      ["coop_a", 122500],
      ["coop_b", 0],
      ["coop_c", -500],
    ])
    expect(
      payoutAmountProblems(
        [
          { cooperative_id: "coop_a", amount: 122500 },
          { cooperative_id: "coop_a", amount: null },
        ],
        balances
      )
    ).toEqual([])
    expect(payoutAmountProblems([{ cooperative_id: "coop_a", amount: 122501, label: "Jolom" }], balances)).toEqual([
      "Jolom (coop_a) has 1225.00 MXN available: a payout of 1225.01 MXN is more than that.",
    ])
    expect(payoutAmountProblems([{ cooperative_id: "coop_a", amount: 0 }], balances)[0]).toMatch(/above 0/)
    expect(payoutAmountProblems([{ cooperative_id: "coop_a", amount: 1.5 }], balances)[0]).toMatch(/whole number/)
    expect(payoutAmountProblems([{ cooperative_id: "coop_b", amount: null }], balances)[0]).toMatch(/nothing available.*0\.00 MXN/)
    expect(payoutAmountProblems([{ cooperative_id: "coop_c", amount: 100 }], balances)[0]).toMatch(/-5\.00 MXN/)
    expect(payoutAmountProblems([{ cooperative_id: "coop_x", amount: 100 }], balances)[0]).toMatch(/nothing available/)
  })

  it("names a payout in 40 characters at most and sums up a batch's status", () => {
    expect(payoutReference("po_01JF0000000000000000000000")).toBe("TELAR 01JF0000000000000000000000")
    expect(payoutReference(`po_${"X".repeat(60)}`)).toHaveLength(40)
    expect(batchStatus([{ status: "pending" }, { status: "paid" }])).toBe("pending")
    expect(batchStatus([{ status: "paid" }, { status: "paid" }])).toBe("paid")
    expect(batchStatus([{ status: "failed" }])).toBe("failed")
    expect(batchStatus([{ status: "paid" }, { status: "failed" }])).toBe("partially_paid")
  })

  it("says why an account cannot be paid", () => {
    const spei = { method: "spei", account_holder: "Jolom", clabe: "032180000118359719", stripe_account_id: null, currency_code: "mxn" }
    expect(payoutBlocker(spei)).toBeNull()
    expect(payoutBlocker(null)).toMatch(/no payout account/)
    expect(payoutBlocker({ ...spei, clabe: "032180000118359718" })).toMatch(/check digit/)
    expect(payoutBlocker({ ...spei, clabe: "1234" })).toMatch(/not 18 digits/)
    expect(payoutBlocker({ ...spei, currency_code: "usd" })).toMatch(/USD/)
    expect(payoutBlocker({ ...spei, method: "stripe_connect", stripe_account_id: null })).toMatch(/Stripe Connect account id/)
    expect(payoutBlocker({ ...spei, method: "stripe_connect", stripe_account_id: "acct_1Abc" })).toBeNull()
  })
})

describe("the statement", () => {
  const entry = (id: string, type: any, amount: number, at: string, extra: Record<string, unknown> = {}) =>
    ({
      id,
      type,
      amount,
      created_at: new Date(at),
      cooperative_id: "coop_a",
      snapshot: null,
      note: null,
      order_id: null,
      line_item_id: null,
      ...extra,
    }) as any

  it("shows the period in Chiapas' days, each entry with the running balance, and escapes what people typed", () => {
    const page = statementHtml({
      cooperative: { id: "coop_a", name: "Jolom <Mayaetik>", community: "San Cristóbal", municipality: null },
      from: "2026-12-01",
      to: "2026-12-31",
      opening: 10000,
      closing: 10000 + 122500 - 100000 - 12250,
      entries: [
        entry("l1", "earning", 122500, "2026-12-02T03:00:00Z", { order_id: "order_1", line_item_id: "li_1", snapshot: { quantity: 2 } }),
        entry("l2", "payout", -100000, "2026-12-10T18:00:00Z", { note: "TELAR 01ABC" }),
        entry("l3", "reversal", -12250, "2026-12-11T18:00:00Z", {
          order_id: "order_1",
          line_item_id: "li_1",
          snapshot: { cause: "refund" },
        }),
      ],
      lookups: { orders: new Map([["order_1", { display_id: 42 }]]), lines: new Map([["li_1", { title: "Huipil <b>" }]]) },
      generated_at: new Date("2026-12-31T20:00:00Z"),
      locale: "es",
    })
    expect(page).toContain("Jolom &lt;Mayaetik&gt;")
    expect(page).not.toContain("<Mayaetik>")
    expect(page).toContain("Periodo: del 1 de diciembre de 2026 al 31 de diciembre de 2026")
    // 03:00 UTC on 2 December is still 1 December in Chiapas.
    expect(page).toMatch(
      /<td>1 dic 2026<\/td>\n<td>Venta<\/td>\n<td>Pedido #42 · Huipil &lt;b&gt; × 2<\/td>\n<td class="num">\$1,225\.00<\/td>\n<td class="num">\$1,325\.00<\/td>/
    )
    expect(page).toContain('<td>Pago enviado</td>\n<td>TELAR 01ABC</td>\n<td class="num">-$1,000.00</td>\n<td class="num">$325.00</td>')
    expect(page).toContain("<td>Venta revertida</td>\n<td>Pedido #42 · Huipil &lt;b&gt; · reembolso</td>")
    expect(page).toMatch(/Saldo al cierre del 31 de diciembre de 2026<\/td><td class="num">\$202\.50/)
    expect(page).not.toMatch(/<script/i)
  })

  it("starts this month in Chiapas' calendar and checks the period asked for", () => {
    // 05:00 UTC on 1 December is still 30 November in Chiapas.
    expect(defaultStatementPeriod(new Date("2026-12-01T05:00:00Z"))).toEqual({ from: "2026-11-01", to: "2026-11-30" })
    expect(StatementQuery.safeParse({ from: "2028-02-29" }).success).toBe(true)
    expect(StatementQuery.safeParse({ from: "2026-02-29" }).success).toBe(false)
    expect(StatementQuery.safeParse({ from: "2026-12-02", to: "2026-12-01" }).success).toBe(false)
    expect(StatementQuery.safeParse({ to: "2026-12-01", lang: "en" }).success).toBe(true)
  })
})
