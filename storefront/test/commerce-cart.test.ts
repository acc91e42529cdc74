import { groupByCooperative, itemCount, sortLines, type CooperativeRef } from "@/lib/util/line-items"
import { clampQuantity, MAX_PER_LINE, quantityChoices, stockProblems } from "@/lib/util/stock"

const tunim: CooperativeRef = { id: "coop_1", handle: "tunim-chij", name: "Tunim Chij" }
const jolom: CooperativeRef = { id: "coop_2", handle: "jolom-mayaetik", name: "Jolom Mayaetik" }

describe("groupByCooperative", () => {
  const items = [
    { id: "a", product_id: "p1", quantity: 1 },
    { id: "b", product_id: "p2", quantity: 2 },
    { id: "c", product_id: "p3", quantity: 1 },
    { id: "d", product_id: "p1", quantity: 3 },
    { id: "e", product_id: "p9", quantity: 1 },
  ]
  const coopOf: Record<string, CooperativeRef> = { p1: tunim, p2: jolom, p3: tunim }

  it("makes one parcel per cooperative, in order of first appearance", () => {
    const groups = groupByCooperative(items, (item) => coopOf[item.product_id])
    expect(groups.map((group) => group.cooperative?.handle ?? null)).toEqual(["tunim-chij", "jolom-mayaetik", null])
    expect(groups[0].items.map((item) => item.id)).toEqual(["a", "c", "d"])
    expect(groups[0].count).toBe(5)
    expect(groups[1].count).toBe(2)
  })

  it("keeps pieces of unknown origin together, last", () => {
    const groups = groupByCooperative(items, () => null)
    expect(groups).toHaveLength(1)
    expect(groups[0].cooperative).toBeNull()
    expect(groups[0].items).toHaveLength(5)
  })

  it("returns nothing for an empty cart", () => {
    expect(groupByCooperative([], () => tunim)).toEqual([])
  })
})

describe("sortLines / itemCount", () => {
  it("orders lines by when they were added, then by id", () => {
    const lines = [
      { id: "z", created_at: "2026-01-02T00:00:00Z" },
      { id: "b", created_at: "2026-01-01T00:00:00Z" },
      { id: "a", created_at: "2026-01-01T00:00:00Z" },
    ]
    expect(sortLines(lines).map((line) => line.id)).toEqual(["a", "b", "z"])
  })

  it("counts pieces, not lines", () => {
    expect(itemCount([{ quantity: 2 }, { quantity: 3 }])).toBe(5)
    expect(itemCount(null)).toBe(0)
  })
})

describe("quantity bounds", () => {
  it("offers 1..stock", () => {
    expect(quantityChoices(3, 1)).toEqual([1, 2, 3])
  })

  it("caps untracked stock at the per-line maximum", () => {
    expect(quantityChoices(null, 1)).toHaveLength(MAX_PER_LINE)
    expect(quantityChoices(500, 1)).toHaveLength(MAX_PER_LINE)
  })

  it("still shows the current quantity when stock dropped below it", () => {
    expect(quantityChoices(1, 3)).toEqual([1, 2, 3])
    expect(quantityChoices(0, 1)).toEqual([1])
  })

  it("clamps a requested quantity to what is left", () => {
    expect(clampQuantity(5, 2)).toBe(2)
    expect(clampQuantity(0, 2)).toBe(1)
    expect(clampQuantity(4, null)).toBe(4)
    expect(clampQuantity(40, null)).toBe(MAX_PER_LINE)
    expect(clampQuantity(1, 0)).toBe(0)
  })
})

describe("stockProblems", () => {
  it("reports sold-out and short lines, ignoring untracked and sufficient ones", () => {
    const problems = stockProblems([
      { line_item_id: "l1", title: "Huipil", requested: 1, available: 0 },
      { line_item_id: "l2", title: "Rebozo", requested: 3, available: 2 },
      { line_item_id: "l3", title: "Bolsa", requested: 2, available: 2 },
      { line_item_id: "l4", title: "Muñeca", requested: 9, available: null },
    ])
    expect(problems).toEqual([
      { line_item_id: "l1", title: "Huipil", requested: 1, available: 0, kind: "soldOut" },
      { line_item_id: "l2", title: "Rebozo", requested: 3, available: 2, kind: "tooMany" },
    ])
  })

  it("treats negative availability as sold out", () => {
    expect(stockProblems([{ line_item_id: "l", title: "x", requested: 1, available: -2 }])[0]).toMatchObject({
      kind: "soldOut",
      available: 0,
    })
  })
})
