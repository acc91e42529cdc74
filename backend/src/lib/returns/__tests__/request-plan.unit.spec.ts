import { type ReturnBlockers, type ReturnLine, planReturnRequest, returnablePieces } from "../request-plan"
import { returnWindowDays } from "../window"

const SHIPPED = "2026-03-01T12:00:00.000Z"
const weavers = { id: "coop_w", name: "Tejedoras" }
const potters = { id: "coop_p", name: "Alfareras" }
const line = (overrides: Partial<ReturnLine>): ReturnLine => ({
  id: "ordli_huipil",
  title: "Huipil",
  variant: null,
  thumbnail: null,
  quantity: 2,
  shipped: 2,
  in_returns: 0,
  cooperative: weavers,
  location_id: "sloc_w",
  shipped_at: SHIPPED,
  ...overrides,
})
const lines = [line({}), line({ id: "ordli_jarra", title: "Jarra", quantity: 1, shipped: 1, cooperative: potters, location_id: "sloc_p" })]
const open: ReturnBlockers = { order_number: "12", unshipped: [], payment_settled: true }
const at = (iso: string) => new Date(iso)

describe("planReturnRequest", () => {
  it("splits a request by cooperative: one return per workshop", () => {
    const plan = planReturnRequest({
      lines,
      items: [
        { line_item_id: "ordli_huipil", quantity: 2, reason: "wrong_size", note: "  muy chico " },
        { line_item_id: "ordli_jarra", quantity: 1, reason: "arrived_damaged" },
      ],
      now: at("2026-03-10T00:00:00Z"),
      days: 30,
      blockers: open,
    })
    expect(plan).toEqual([
      {
        cooperative: weavers,
        location_id: "sloc_w",
        items: [{ line_item_id: "ordli_huipil", quantity: 2, reason: "wrong_size", note: "muy chico" }],
      },
      {
        cooperative: potters,
        location_id: "sloc_p",
        items: [{ line_item_id: "ordli_jarra", quantity: 1, reason: "arrived_damaged", note: null }],
      },
    ])
  })

  it("closes the window exactly `days` after the order's last shipment", () => {
    const request = { lines, items: [{ line_item_id: "ordli_jarra", quantity: 1, reason: "other" as const }], days: 30, blockers: open }
    expect(planReturnRequest({ ...request, now: at("2026-03-31T11:59:59Z") })).toHaveLength(1)
    expect(() => planReturnRequest({ ...request, now: at("2026-03-31T12:00:00Z") })).toThrow(
      'The 30-day return window for "Jarra" closed on 2026-03-31 (the order\'s last parcel shipped on 2026-03-01).'
    )
    expect(() => planReturnRequest({ ...request, days: 0, now: at(SHIPPED) })).toThrow(/0-day return window/)
  })

  it.each([
    [
      [{ line_item_id: "ordli_huipil", quantity: 3, reason: "other" }],
      lines,
      'You can return at most 2 of "Huipil": 2 shipped, 0 already in a return.',
    ],
    [
      [{ line_item_id: "ordli_huipil", quantity: 2, reason: "other" }],
      [line({ in_returns: 1 })],
      'You can return at most 1 of "Huipil": 2 shipped, 1 already in a return.',
    ],
    [[{ line_item_id: "ordli_huipil", quantity: 1, reason: "other" }], [line({ in_returns: 2 })], '"Huipil" is already in a return.'],
    [
      [{ line_item_id: "ordli_huipil", quantity: 1, reason: "other" }],
      [line({ shipped: 0 })],
      '"Huipil" has not shipped: there is nothing of it to return.',
    ],
    [[{ line_item_id: "ordli_x", quantity: 1, reason: "other" }], lines, 'This order has no piece "ordli_x".'],
    [
      [
        { line_item_id: "ordli_huipil", quantity: 1, reason: "other" },
        { line_item_id: "ordli_huipil", quantity: 1, reason: "other" },
      ],
      lines,
      '"Huipil" is listed twice: list each piece once, with the number of units to return.',
    ],
    [
      [{ line_item_id: "ordli_huipil", quantity: 1, reason: "other" }],
      [line({ cooperative: null, location_id: null })],
      /no cooperative workshop/,
    ],
    [[], lines, "Choose at least one piece to return."],
  ] as const)("refuses %j", (items, orderLines, message) => {
    expect(() =>
      planReturnRequest({ lines: [...orderLines], items: [...items], now: at("2026-03-02T00:00:00Z"), days: 30, blockers: open })
    ).toThrow(message)
  })

  it("opens no return while a parcel waits to ship or the card is not charged in full", () => {
    const request = {
      lines,
      items: [{ line_item_id: "ordli_jarra", quantity: 1, reason: "other" as const }],
      now: at("2026-03-02T00:00:00Z"),
      days: 30,
    }
    expect(() => planReturnRequest({ ...request, blockers: { ...open, unshipped: ["Alfareras", "Barro"] } })).toThrow(
      "Pieces of order #12 can be returned once all its parcels have shipped; not yet shipped: Alfareras, Barro."
    )
    expect(() => planReturnRequest({ ...request, blockers: { ...open, payment_settled: false } })).toThrow(
      /payment of order #12 is not settled/
    )
  })
})

describe("returnablePieces", () => {
  it("lists what may still go back and until when; nothing while the order is held back", () => {
    const now = at("2026-03-02T00:00:00Z")
    const [huipil] = returnablePieces([line({ in_returns: 1 })], now, 30, open)
    expect(huipil).toMatchObject({ line_item_id: "ordli_huipil", returnable: 1, window_closes_at: "2026-03-31T12:00:00.000Z" })
    expect(returnablePieces([line({})], at("2026-04-01T00:00:00Z"), 30, open)[0].returnable).toBe(0)
    expect(returnablePieces([line({})], now, 30, { ...open, unshipped: ["Alfareras"] })[0].returnable).toBe(0)
    expect(returnablePieces([line({ shipped_at: null })], now, 30, open)[0]).toMatchObject({ returnable: 0, window_closes_at: null })
  })
})

describe("returnWindowDays", () => {
  it("reads TELAR_RETURN_WINDOW_DAYS as whole days up to a year, else 30", () => {
    expect(returnWindowDays({})).toBe(30)
    expect(returnWindowDays({ TELAR_RETURN_WINDOW_DAYS: " 14 " })).toBe(14)
    expect(returnWindowDays({ TELAR_RETURN_WINDOW_DAYS: "0" })).toBe(0)
    for (const bad of ["", "-1", "7.5", "abc", "366"]) expect(returnWindowDays({ TELAR_RETURN_WINDOW_DAYS: bad })).toBe(30)
  })
})
