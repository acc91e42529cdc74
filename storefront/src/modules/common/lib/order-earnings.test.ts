import { earningLines } from "./order-earnings"

const coop = (id: string, name: string) => ({ id, handle: id, name })

describe("earningLines", () => {
  it("lists each cooperative's pesos, and about how much that is in a dollar order's currency", () => {
    const earnings = [
      {
        cooperative: coop("coop_a", "Cooperativa A"),
        amount: 122500,
        currency_code: "mxn" as const,
        order_currency_amount: { amount: 6863, currency_code: "usd" },
      },
      { cooperative: coop("coop_b", "Cooperativa B"), amount: 30025, currency_code: "mxn" as const, order_currency_amount: null },
    ]
    expect(earningLines(earnings, "usd", "en")).toEqual([
      { id: "coop_a", name: "Cooperativa A", amount: "MX$1,225.00", inOrderCurrency: "$68.63" },
      { id: "coop_b", name: "Cooperativa B", amount: "MX$300.25", inOrderCurrency: null },
    ])
    const spanish = earningLines(earnings, "usd", "es")[0]
    // Intl puts a no-break space between the code and the number.
    expect({ ...spanish, inOrderCurrency: spanish.inOrderCurrency?.replace(/[\u00a0\u202f]/g, " ") }).toMatchObject({
      amount: "$1,225.00",
      inOrderCurrency: "USD 68.63",
    })
  })

  it("says the pesos once for an order paid in pesos", () => {
    const earnings = [
      {
        cooperative: coop("coop_a", "Cooperativa A"),
        amount: 61250,
        currency_code: "mxn" as const,
        order_currency_amount: { amount: 61250, currency_code: "mxn" },
      },
    ]
    expect(earningLines(earnings, "mxn", "es")).toEqual([{ id: "coop_a", name: "Cooperativa A", amount: "$612.50", inOrderCurrency: null }])
  })
})
