import { type AdvanceLedgerEntry, planAdvanceSettlement, recoupmentKey, recoupmentRestoreKey, summariseAdvances } from "../advances"

const system = { type: "system" as const, id: "test" }
const at = (day: number) => `2026-12-${String(day).padStart(2, "0")}T12:00:00.000Z`

let ids = 0
function entry(
  type: AdvanceLedgerEntry["type"],
  amount: number,
  day: number,
  line: string | null = null,
  key?: string
): AdvanceLedgerEntry {
  const id = `ledg_${String(++ids).padStart(4, "0")}`
  return {
    id,
    entry_key: key ?? `${type}:${id}`,
    type,
    amount,
    cooperative_id: "coop_a",
    order_id: line ? "order_1" : null,
    line_item_id: line,
    note: null,
    actor_type: "system",
    actor_id: null,
    snapshot: null,
    created_at: at(day),
  }
}

const settle = (order: AdvanceLedgerEntry[], advances: AdvanceLedgerEntry[], balance: number, fresh = ["li_a", "li_b", "li_c"]) =>
  planAdvanceSettlement({
    cooperative_id: "coop_a",
    order_id: "order_1",
    order_entries: order,
    advance_entries: advances,
    balance,
    new_earning_lines: fresh,
    actor: system,
  }).map((planned) => [planned.entry_key, planned.type, planned.amount])

describe("recouping advances", () => {
  it("recoups an earning written after the advance, up to what is outstanding", () => {
    const advance = entry("advance", 100000, 1)
    const earning = entry("earning", 122500, 2, "li_a")
    expect(settle([earning], [advance], 222500)).toEqual([[recoupmentKey("li_a"), "advance_recoupment", -100000]])
    // Part recovered already: only the rest.
    const earlier = entry("advance_recoupment", -70000, 1, "li_old")
    expect(settle([earning], [advance, earlier], 152500)).toEqual([[recoupmentKey("li_a"), "advance_recoupment", -30000]])
  })

  it("leaves alone earnings older than the advance, earnings not just written, lines recouped before, and a recovered advance", () => {
    const advance = entry("advance", 100000, 5)
    // A replayed order.placed writes no earning: the one found stays owed in full.
    expect(settle([entry("earning", 122500, 6, "li_a")], [advance], 222500, [])).toEqual([])
    expect(settle([entry("earning", 122500, 2, "li_a")], [advance], 222500)).toEqual([])
    const recouped = entry("advance_recoupment", -100000, 6, "li_b", recoupmentKey("li_b"))
    expect(settle([entry("earning", 122500, 6, "li_b"), recouped], [advance, recouped], 122500)).toEqual([])
    expect(settle([entry("earning", 5000, 7, "li_c")], [advance, recouped], 127500)).toEqual([])
  })

  it("never takes the balance below zero", () => {
    const advance = entry("advance", 100000, 1)
    const earning = entry("earning", 122500, 2, "li_a")
    // The advance was paid out and an earlier refund left the cooperative owing 40,000.
    expect(settle([earning], [advance], 122500 - 40000)).toEqual([[recoupmentKey("li_a"), "advance_recoupment", -82500]])
    expect(settle([earning], [advance], -1)).toEqual([])
  })

  it("gives back to the advance what a reversed earning no longer covers", () => {
    const advance = entry("advance", 100000, 1)
    const earning = entry("earning", 122500, 2, "li_a")
    const recouped = entry("advance_recoupment", -100000, 2, "li_a", recoupmentKey("li_a"))
    // A partial refund leaves 92,500 standing: 7,500 of the recoupment goes back.
    const partial = entry("reversal", -30000, 3, "li_a")
    expect(settle([earning, recouped, partial], [advance, recouped], 0)).toEqual([
      [recoupmentRestoreKey("li_a", partial.id), "advance_recoupment", 7500],
    ])
    // A cancellation reverses everything: the whole recoupment goes back; once.
    const restored = entry("advance_recoupment", 7500, 3, "li_a", recoupmentRestoreKey("li_a", partial.id))
    const cancel = entry("reversal", -92500, 4, "li_a")
    const all = [earning, recouped, partial, restored, cancel]
    expect(settle(all, [advance, recouped, restored], -92500)).toEqual([
      [recoupmentRestoreKey("li_a", cancel.id), "advance_recoupment", 92500],
    ])
    const final = entry("advance_recoupment", 92500, 4, "li_a", recoupmentRestoreKey("li_a", cancel.id))
    expect(settle([...all, final], [advance, recouped, restored, final], 0)).toEqual([])
  })
})

describe("summariseAdvances", () => {
  it("recovers the oldest advance first and answers what is outstanding", () => {
    const first = entry("advance", 50000, 1)
    const second = entry("advance", 30000, 3)
    const summary = summariseAdvances([second, first, entry("advance_recoupment", -60000, 4, "li_a")])
    expect(summary.outstanding).toBe(20000)
    expect(summary.advances.map((status) => [status.entry.id, status.recovered, status.outstanding])).toEqual([
      [second.id, 10000, 20000],
      [first.id, 50000, 0],
    ])
  })
})
