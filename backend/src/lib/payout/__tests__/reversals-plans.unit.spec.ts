import type { LedgerEntryInput } from "../../../modules/payout/service"
import type { OrderMoney } from "../refunds-terms"
import { planReturnAndRefundReversals } from "../reversals"
import type { OrderLedgerEntry } from "../reversals-lines"

const system = { type: "system" as const, id: "test" }

// A dollar order: two huipiles of cooperative A (earning 2 × 612.50 MXN), a jarra of B (180.25 MXN),
// a piece with no producer price (no earning), and 10.00 USD of shipping. Values in cents.
const HUIPILES = 122500
const JARRA = 18025
const baseMoney: OrderMoney = {
  order_id: "order_1",
  currency_code: "usd",
  lines: [
    { id: "li_a", quantity: 2, value: 18000, returned: 0 },
    { id: "li_b", quantity: 1, value: 4000, returned: 0 },
    { id: "li_x", quantity: 1, value: 6000, returned: 0 },
  ],
  shipping: 1000,
  returns: [],
  refunds: [],
}
const ORDER_TOTAL = 18000 + 4000 + 6000 + 1000

const earnings = (): OrderLedgerEntry[] => [earning("e_a", "li_a", "coop_a", HUIPILES, 2), earning("e_b", "li_b", "coop_b", JARRA, 1)]

function earning(id: string, line: string, cooperative: string, amount: number, quantity: number): OrderLedgerEntry {
  return {
    id,
    entry_key: `earning:${line}`,
    type: "earning",
    amount,
    cooperative_id: cooperative,
    line_item_id: line,
    refund_id: null,
    return_id: null,
    snapshot: { quantity },
  }
}

let written = 0
/** What the database would hold after appending `planned` (keys already taken are skipped, as appendEntries does). */
function apply(entries: OrderLedgerEntry[], planned: LedgerEntryInput[]): OrderLedgerEntry[] {
  const keys = new Set(entries.map((entry) => entry.entry_key))
  return [
    ...entries,
    ...planned
      .filter((entry) => !keys.has(entry.entry_key))
      .map((entry) => ({
        id: `r_${++written}`,
        entry_key: entry.entry_key,
        type: entry.type,
        amount: entry.amount,
        cooperative_id: entry.cooperative_id,
        line_item_id: entry.line_item_id ?? null,
        refund_id: entry.refund_id ?? null,
        return_id: entry.return_id ?? null,
        snapshot: entry.snapshot ?? null,
      })),
  ]
}

const plan = (money: OrderMoney, entries: OrderLedgerEntry[]) =>
  planReturnAndRefundReversals({ order_id: "order_1", money, entries, actor: system })
const refund = (id: string, amount: number, at: string, line_item_ids: string[] | null = null) => ({
  id,
  amount,
  created_at: `2026-12-0${at}T00:00:00.000Z`,
  line_item_ids,
})
const standing = (entries: OrderLedgerEntry[], line: string) =>
  entries
    .filter((entry) => entry.line_item_id === line && ["earning", "reversal"].includes(entry.type))
    .reduce((sum, e) => sum + e.amount, 0)

describe("refund reversals", () => {
  it("reverses exactly the line a refund names, in proportion to the value refunded", () => {
    // A quarter of the huipiles' value back: a quarter of their earning, nothing of the jarra's.
    const money = { ...baseMoney, refunds: [refund("ref_1", 4500, "1", ["li_a"])] }
    const planned = plan(money, earnings())
    expect(planned.map((entry) => [entry.entry_key, entry.line_item_id, entry.amount, entry.refund_id])).toEqual([
      ["reversal:li_a:refund:ref_1", "li_a", -HUIPILES / 4, "ref_1"],
    ])
    // The jarra refunded in full: exactly its earning.
    const jarra = plan({ ...baseMoney, refunds: [refund("ref_2", 4000, "1", ["li_b"])] }, earnings())
    expect(jarra.map((entry) => [entry.line_item_id, entry.amount])).toEqual([["li_b", -JARRA]])
  })

  it("brings every line to exactly zero when the whole order is refunded", () => {
    const entries = apply(earnings(), plan({ ...baseMoney, refunds: [refund("ref_1", ORDER_TOTAL, "1")] }, earnings()))
    expect(standing(entries, "li_a")).toBe(0)
    expect(standing(entries, "li_b")).toBe(0)
  })

  it("brings two partial refunds that total everything to exactly zero, no line below it", () => {
    const first = { ...baseMoney, refunds: [refund("ref_1", 10000, "1")] }
    let entries = apply(earnings(), plan(first, earnings()))
    // 10.00 pays the shipping first; 90.00 of goods split over 180/40/60 by largest remainder:
    // 5785.71 / 1285.71 / 1928.57 → 5786 / 1286 / 1928 (the tie goes to the larger line).
    expect(standing(entries, "li_a")).toBe(HUIPILES - Math.round((HUIPILES * 5786) / 18000))
    expect(standing(entries, "li_b")).toBe(JARRA - Math.round((JARRA * 1286) / 4000))
    const second = { ...baseMoney, refunds: [...first.refunds, refund("ref_2", ORDER_TOTAL - 10000, "2")] }
    entries = apply(entries, plan(second, entries))
    expect(standing(entries, "li_a")).toBe(0)
    expect(standing(entries, "li_b")).toBe(0)
    expect(entries.filter((entry) => entry.type === "reversal").every((entry) => entry.amount < 0)).toBe(true)
    // Replayed: nothing more.
    expect(plan(second, entries)).toEqual([])
  })

  it("reverses nothing for a refund of the shipping, and never more than the goods", () => {
    expect(plan({ ...baseMoney, refunds: [refund("ref_1", 1000, "1")] }, earnings())).toEqual([])
    const tooMuch = apply(earnings(), plan({ ...baseMoney, refunds: [refund("ref_1", ORDER_TOTAL * 3, "1")] }, earnings()))
    expect(standing(tooMuch, "li_a")).toBe(0)
    expect(standing(tooMuch, "li_b")).toBe(0)
  })

  it("lets a line with no earning take its share of the refund", () => {
    // 28.00 of goods back out of 280.00 of goods: a tenth of each line, the unpriced one too.
    const planned = plan({ ...baseMoney, refunds: [refund("ref_1", 1000 + 2800, "1")] }, earnings())
    expect(planned.map((entry) => [entry.line_item_id, entry.amount])).toEqual([
      ["li_a", -HUIPILES / 10],
      ["li_b", -Math.round(JARRA / 10)],
    ])
  })
})

describe("return reversals", () => {
  const returned = (status: string, requested: number, received: number, id = "ret_1") => ({
    id,
    status,
    created_at: "2026-12-02T00:00:00.000Z",
    items: [{ line_item_id: "li_a", requested, received }],
  })
  /** The order with `units` of the huipil line back, as Medusa counts them on the line. */
  const back = (money: OrderMoney, units: number): OrderMoney => ({
    ...money,
    lines: money.lines.map((line) => (line.id === "li_a" ? { ...line, returned: units } : line)),
  })

  it("reverses the returned units' share: floor until the last unit, then exactly the rest", () => {
    const odd = [earning("e_odd", "li_a", "coop_a", 100, 3)]
    const money = { ...baseMoney, lines: [{ id: "li_a", quantity: 3, value: 3000, returned: 0 }] }
    let entries = apply(odd, plan(back({ ...money, returns: [returned("received", 1, 1)] }, 1), odd))
    expect(standing(entries, "li_a")).toBe(67)
    entries = apply(
      entries,
      plan(back({ ...money, returns: [returned("received", 1, 1), returned("received", 1, 1, "ret_2")] }, 2), entries)
    )
    expect(standing(entries, "li_a")).toBe(34)
    const all = back({ ...money, returns: [returned("received", 1, 1), returned("received", 2, 2, "ret_2")] }, 3)
    entries = apply(entries, plan(all, entries))
    expect(standing(entries, "li_a")).toBe(0)
    expect(entries.filter((entry) => entry.type === "reversal").map((entry) => entry.amount)).toEqual([-33, -33, -34])
    expect(plan(all, entries)).toEqual([])
  })

  it("reverses a return received in two parcels in full: the line's count, not its item's last receipt", () => {
    // Both huipiles asked back in one return; Medusa's return item keeps 1 received after each parcel.
    const firstParcel = back({ ...baseMoney, returns: [returned("partially_received", 2, 1)] }, 1)
    let entries = apply(earnings(), plan(firstParcel, earnings()))
    expect(standing(entries, "li_a")).toBe(HUIPILES / 2)
    const secondParcel = back({ ...baseMoney, returns: [returned("partially_received", 2, 1)] }, 2)
    entries = apply(entries, plan(secondParcel, entries))
    expect(standing(entries, "li_a")).toBe(0)
    expect(entries.filter((entry) => entry.type === "reversal").map((entry) => [entry.entry_key, entry.amount, entry.return_id])).toEqual([
      ["reversal:li_a:return:1", -HUIPILES / 2, "ret_1"],
      ["reversal:li_a:return:2", -HUIPILES / 2, "ret_1"],
    ])
    // Each parcel's refund (naming the line) and a replay reverse nothing more.
    const refunded = { ...secondParcel, refunds: [refund("ref_1", 9000, "3", ["li_a"]), refund("ref_2", 9000, "4", ["li_a"])] }
    expect(plan(refunded, entries)).toEqual([])
    expect(standing(entries, "li_b")).toBe(JARRA)
  })

  it("does not reverse twice a return and its refund, in either order", () => {
    const unitBack = returned("received", 1, 1)
    // Return received, then the refund of that huipil (90.00) from Medusa's admin (names nothing).
    let entries = apply(earnings(), plan(back({ ...baseMoney, returns: [unitBack] }, 1), earnings()))
    expect(standing(entries, "li_a")).toBe(HUIPILES / 2)
    entries = apply(entries, plan(back({ ...baseMoney, returns: [unitBack], refunds: [refund("ref_1", 9000, "3")] }, 1), entries))
    expect(standing(entries, "li_a")).toBe(HUIPILES / 2)
    expect(standing(entries, "li_b")).toBe(JARRA)

    // Refunded as soon as the return was requested, then received: the receipt reverses, the refund does not.
    const requested = returned("requested", 1, 0)
    let early = apply(earnings(), plan({ ...baseMoney, returns: [requested], refunds: [refund("ref_1", 9000, "3")] }, earnings()))
    expect(standing(early, "li_a")).toBe(HUIPILES)
    early = apply(early, plan(back({ ...baseMoney, returns: [unitBack], refunds: [refund("ref_1", 9000, "3")] }, 1), early))
    expect(standing(early, "li_a")).toBe(HUIPILES / 2)
    expect(standing(early, "li_b")).toBe(JARRA)
  })

  it("ignores returns not confirmed or cancelled", () => {
    expect(plan({ ...baseMoney, returns: [returned("open", 1, 0), returned("canceled", 1, 0, "ret_2")] }, earnings())).toEqual([])
  })
})
