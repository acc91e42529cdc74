import { planReturnMoney, returnDue, unitsValue } from "../refund-plan"

// Three huipiles paid 100.00 in all (33.33… each): the centavo in doubt goes with the last one back.
const lines = [
  { id: "huipil", quantity: 3, value: 10000 },
  { id: "jarra", quantity: 1, value: 4000 },
]

describe("returnDue", () => {
  it("values units back cumulatively, so the last one squares the line to the centavo", () => {
    const first = returnDue({ lines, received: { huipil: 1 }, settled: {} })
    expect(first).toEqual({ units: { huipil: 1 }, amount: 3333 })
    const second = returnDue({ lines, received: { huipil: 2 }, settled: { huipil: 1 } })
    expect(second).toEqual({ units: { huipil: 1 }, amount: 3333 })
    const last = returnDue({ lines, received: { huipil: 3, jarra: 1 }, settled: { huipil: 2 } })
    expect(last).toEqual({ units: { huipil: 1, jarra: 1 }, amount: 3334 + 4000 })
    expect(first.amount + second.amount + last.amount).toBe(14000)
  })

  it("owes nothing for units settled already, and never more units than the line has", () => {
    expect(returnDue({ lines, received: { huipil: 2 }, settled: { huipil: 2 } })).toEqual({ units: {}, amount: 0 })
    expect(returnDue({ lines, received: { jarra: 5 }, settled: {} })).toEqual({ units: { jarra: 1 }, amount: 4000 })
    expect(unitsValue(lines, { huipil: 2, jarra: 1 })).toBe(6666 + 4000)
  })
})

describe("planReturnMoney", () => {
  it("refunds what the card gave beyond what the shopper still owes, up to what came back", () => {
    // 150.00 charged in full (100.00 of huipiles, 40.00 jarra, 10.00 shipping); the jarra comes back.
    expect(planReturnMoney(4000, { owed: 11000, taken: 15000 })).toEqual({ refund: 4000, settled_otherwise: 0 })
  })

  it("does not pay twice what staff refunded by hand before the parcel arrived", () => {
    expect(planReturnMoney(4000, { owed: 11000, taken: 11000 })).toEqual({ refund: 0, settled_otherwise: 4000 })
    expect(planReturnMoney(4000, { owed: 11000, taken: 12500 })).toEqual({ refund: 1500, settled_otherwise: 2500 })
  })

  it("refunds nothing of money never taken (a hold Medusa cancelled)", () => {
    expect(planReturnMoney(4000, { owed: 11000, taken: 0 })).toEqual({ refund: 0, settled_otherwise: 4000 })
  })
})
