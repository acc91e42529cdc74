import { medusaBackend, visitor } from "../../../test/medusa-double"
import { formData } from "../../../test/form-data"

jest.mock("next/cache", () => ({ refresh: jest.fn() }))

import { refresh } from "next/cache"
import { getOrderReturns, requestReturn } from "./returns"

const backend = medusaBackend()
const ORDER = "order_01ABC"
const view = { order_id: ORDER, window_days: 30, waiting: null, pieces: [], returns: [] }

beforeEach(() => {
  visitor.cookies.clear()
  visitor.cookies.set("_telar_jwt", "customer-jwt")
  visitor.locale = "es"
  backend.install()
  jest.mocked(refresh).mockClear()
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("getOrderReturns", () => {
  it("asks for the order's returns with the customer's token and the page's language, uncached", async () => {
    backend.on("GET", `/store/orders/${ORDER}/returns`, { body: view })
    expect(await getOrderReturns(ORDER)).toEqual(view)
    expect(backend.sent[0]).toMatchObject({ method: "GET", cache: "no-store" })
    expect(backend.sent[0].headers.authorization).toBe("Bearer customer-jwt")
    expect(backend.sent[0].headers["x-medusa-locale"]).toMatch(/^es/)
  })

  it("answers null, asking nothing, for a visitor who is not signed in or an id that is no order's", async () => {
    expect(await getOrderReturns("order_01AB/../x")).toBeNull()
    visitor.cookies.clear()
    expect(await getOrderReturns(ORDER)).toBeNull()
    expect(backend.sent).toEqual([])
  })

  it("answers null for another customer's order (404) without logging it as a failure", async () => {
    backend.on("GET", `/store/orders/${ORDER}/returns`, { status: 404, body: { message: "not found" } })
    expect(await getOrderReturns(ORDER)).toBeNull()
    expect(console.error).not.toHaveBeenCalled()
  })
})

describe("requestReturn", () => {
  it("sends each chosen piece with its quantity, reason and note, skips the rest, and refreshes the page", async () => {
    backend.on("POST", `/store/orders/${ORDER}/returns`, { status: 201, body: { ...view, created: ["return_1", "return_2"] } })
    const result = await requestReturn(
      null,
      formData({
        order_id: ORDER,
        "quantity:ordli_huipil": "2",
        "reason:ordli_huipil": "wrong_size",
        "note:ordli_huipil": "  Muy chico  ",
        "quantity:ordli_jarra": "1",
        "reason:ordli_jarra": "arrived_damaged",
        "note:ordli_jarra": "",
        "quantity:ordli_rebozo": "0",
        "reason:ordli_rebozo": "",
      })
    )
    expect(result).toEqual({ ok: true, created: 2 })
    expect(backend.sent).toHaveLength(1)
    expect(backend.sent[0]).toMatchObject({
      method: "POST",
      path: `/store/orders/${ORDER}/returns`,
      body: {
        items: [
          { line_item_id: "ordli_huipil", quantity: 2, reason: "wrong_size", note: "Muy chico" },
          { line_item_id: "ordli_jarra", quantity: 1, reason: "arrived_damaged" },
        ],
      },
    })
    expect(backend.sent[0].headers.authorization).toBe("Bearer customer-jwt")
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it("asks nothing of the backend when no piece is chosen, or a chosen piece has no reason", async () => {
    expect(await requestReturn(null, formData({ order_id: ORDER, "quantity:ordli_huipil": "0" }))).toEqual({
      ok: false,
      error: "nothingChosen",
      missing: [],
    })
    expect(await requestReturn(null, formData({ order_id: ORDER, "quantity:ordli_huipil": "1", "reason:ordli_huipil": "ugly" }))).toEqual({
      ok: false,
      error: "reasonMissing",
      missing: ["ordli_huipil"],
    })
    expect(backend.sent).toEqual([])
    expect(refresh).not.toHaveBeenCalled()
  })

  it.each([
    [400, "notReturnable"],
    [404, "notReturnable"],
    [401, "signedOut"],
    [500, "generic"],
  ])("words the backend's %i as %s, never its raw text", async (status, error) => {
    backend.on("POST", `/store/orders/${ORDER}/returns`, { status, body: { message: "The 30-day return window closed" } })
    const result = await requestReturn(null, formData({ order_id: ORDER, "quantity:ordli_huipil": "1", "reason:ordli_huipil": "other" }))
    expect(result).toEqual({ ok: false, error })
    expect(refresh).not.toHaveBeenCalled()
  })

  it("says so when signed out or the backend cannot be reached", async () => {
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    const chosen = { order_id: ORDER, "quantity:ordli_huipil": "1", "reason:ordli_huipil": "other" }
    expect(await requestReturn(null, formData(chosen))).toEqual({ ok: false, error: "unreachable" })
    visitor.cookies.clear()
    expect(await requestReturn(null, formData(chosen))).toEqual({ ok: false, error: "signedOut" })
  })
})
