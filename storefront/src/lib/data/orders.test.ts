import { medusaBackend, visitor } from "../../../test/medusa-double"
import { listOrderCooperativeEarnings } from "./orders"

const backend = medusaBackend()
const ORDER = "order_01JTELAR"
const PATH = `/store/orders/${ORDER}/cooperative-earnings`
const coopA = { id: "coop_a", handle: "coop-a", name: "Cooperativa A" }
const coopB = { id: "coop_b", handle: "coop-b", name: "Cooperativa B" }

beforeEach(() => {
  visitor.cookies.clear()
  backend.install()
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("listOrderCooperativeEarnings", () => {
  it("asks with the signed-in customer's token (the backend answers their order only to them) and returns the amounts as sent", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-ana")
    const earnings = [
      { cooperative: coopA, amount: 122500, currency_code: "mxn", order_currency_amount: { amount: 6863, currency_code: "usd" } },
      { cooperative: coopB, amount: 30025, currency_code: "mxn", order_currency_amount: null },
    ]
    backend.on("GET", PATH, { body: { cooperative_earnings: earnings } })
    expect(await listOrderCooperativeEarnings(ORDER)).toEqual(earnings)
    expect(backend.sent).toHaveLength(1)
    expect(backend.sent[0]).toMatchObject({ path: PATH, cache: "no-store" })
    expect(backend.sent[0].headers.authorization).toBe("Bearer jwt-of-ana")
  })

  it("is empty before the earnings are written, for an order the backend will not show, and when it is down", async () => {
    backend.on("GET", PATH, { body: { cooperative_earnings: [] } })
    expect(await listOrderCooperativeEarnings(ORDER)).toEqual([])
    backend.install()
    backend.on("GET", PATH, { status: 404, body: { message: "Order was not found." } })
    expect(await listOrderCooperativeEarnings(ORDER)).toEqual([])
    expect(console.error).not.toHaveBeenCalled()
    backend.install()
    backend.on("GET", PATH, { status: 500, body: { message: "boom" } })
    expect(await listOrderCooperativeEarnings(ORDER)).toEqual([])
    expect(console.error).toHaveBeenCalledTimes(1)
  })

  it("drops rows that are not whole centavos of pesos and a conversion that is not whole minor units", async () => {
    backend.on("GET", PATH, {
      body: {
        cooperative_earnings: [
          { cooperative: coopA, amount: 1225.5, currency_code: "mxn", order_currency_amount: null },
          { cooperative: coopB, amount: 100, currency_code: "usd", order_currency_amount: null },
          { cooperative: coopA, amount: 61250, currency_code: "mxn", order_currency_amount: { amount: 34.31, currency_code: "usd" } },
        ],
      },
    })
    expect(await listOrderCooperativeEarnings(ORDER)).toEqual([
      { cooperative: coopA, amount: 61250, currency_code: "mxn", order_currency_amount: null },
    ])
  })

  it("asks nothing for an id that is no order id", async () => {
    expect(await listOrderCooperativeEarnings("../admin/users")).toEqual([])
    expect(backend.sent).toEqual([])
  })
})
