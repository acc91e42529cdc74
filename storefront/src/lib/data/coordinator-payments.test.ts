import { medusaBackend, visitor } from "../../../test/medusa-double"

import { loadStatement } from "./coordinator"
import { loadPortalPayments } from "./coordinator-pages"

const backend = medusaBackend()
const COOKIE = "_telar_coordinator"
/** The login the portal's page reads from the request's cookie. */
const session = () => ({ token: visitor.cookies.get(COOKIE)?.value })
const me = {
  id: "coord_1",
  name: "Ana",
  cooperative: { id: "coop_a", name: "Cooperativa A", payout_account: { method: "spei", account_holder: "Coop A", clabe: "•••• 9719" } },
}
const entry = (id: string, type: string, amount: number) => ({
  id,
  created_at: "2026-12-01T10:00:00.000Z",
  cooperative_id: "coop_a",
  type,
  amount,
  currency_code: "mxn",
  order_id: null,
  line_item_id: null,
  return_id: null,
  refund_id: null,
  payout_id: null,
  snapshot: null,
  actor_type: "system",
  note: null,
})
const payout = (id: string, status: string, amount: number) => ({
  id,
  method: "spei",
  amount,
  currency_code: "mxn",
  status,
  account_holder: "Coop A",
  clabe: "•••• 9719",
  reference: "TELAR 2026-12",
  tracking_key: status === "paid" ? "MBAN01002612150012345678" : null,
  failure_reason: null,
  paid_at: null,
  failed_at: null,
  created_at: "2026-12-15T10:00:00.000Z",
})
const ledger = {
  cooperative_id: "coop_a",
  balance: { amount: 125050, currency_code: "mxn" },
  ledger_entries: [entry("le_2", "payout", -50000), entry("le_1", "earning", 175050)],
  count: 2,
  offset: 0,
  limit: 20,
}

beforeEach(() => {
  visitor.cookies.clear()
  // The shopper's own login must never travel with a coordinator's request.
  visitor.cookies.set("_telar_jwt", "shopper-jwt")
  backend.install()
})

describe("loadPortalPayments", () => {
  it("asks nothing and answers null (log in) without the coordinator's cookie", async () => {
    expect(await loadPortalPayments(session())).toBeNull()
    expect(backend.sent).toEqual([])
  })

  it("loads the balance, the latest entries and payouts, and sums the payouts still on their way, with the coordinator's token only", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/ledger", { body: ledger })
    backend.on("GET", "/coordinator/payouts", (request) => ({
      body:
        request.query.status === "pending"
          ? { payouts: [payout("po_2", "pending", 30000), payout("po_3", "pending", 20000)], count: 2, offset: 0, limit: 50 }
          : { payouts: [payout("po_3", "pending", 20000), payout("po_1", "paid", 50000)], count: 7, offset: 0, limit: 10 },
    }))
    const payments = await loadPortalPayments(session())
    expect(payments).toEqual({
      me,
      ledger,
      payouts: [payout("po_3", "pending", 20000), payout("po_1", "paid", 50000)],
      payoutCount: 7,
      pending: { amount: 50000, count: 2 },
    })
    expect(
      backend.sent.map((request) => [request.path, request.query]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    ).toEqual([
      ["/coordinator/ledger", { limit: "20" }],
      ["/coordinator/me", {}],
      ["/coordinator/payouts", { limit: "10" }],
      ["/coordinator/payouts", { status: "pending", limit: "50" }],
    ])
    for (const request of backend.sent) {
      expect(request.headers.authorization).toBe("Bearer coordinator-jwt")
      expect(request.cache).toBe("no-store")
    }
  })

  it("asks for a new login when the backend no longer accepts the token, and fails loudly otherwise", async () => {
    visitor.cookies.set(COOKIE, "expired-jwt")
    for (const path of ["/coordinator/me", "/coordinator/ledger", "/coordinator/payouts"]) {
      backend.on("GET", path, { status: 401, body: { message: "Unauthorized" } })
    }
    expect(await loadPortalPayments(session())).toBeNull()

    backend.install()
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/ledger", { status: 500, body: { message: "boom" } })
    backend.on("GET", "/coordinator/payouts", { body: { payouts: [], count: 0 } })
    await expect(loadPortalPayments(session())).rejects.toBeTruthy()
  })
})

describe("loadStatement", () => {
  const page = "<!doctype html><title>Estado de cuenta</title>"

  it("says the session expired without the coordinator's cookie, asking nothing", async () => {
    expect(await loadStatement({ language: "es" })).toEqual({ error: "sessionExpired" })
    expect(backend.sent).toEqual([])
  })

  it("asks for this month's statement as HTML, in the page's language, with the coordinator's token", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("GET", "/coordinator/statement", { body: page })
    const answer = await loadStatement({ language: "es" })
    // The double answers with the page as a JSON string: the raw text comes back, unparsed.
    expect(answer).toEqual({ html: JSON.stringify(page) })
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/coordinator/statement",
        query: { lang: "es" },
        cache: "no-store",
        headers: expect.objectContaining({ authorization: "Bearer coordinator-jwt", accept: "text/html" }),
      }),
    ])
  })

  it("asks for a whole month when one is given, and ignores anything that is no month", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("GET", "/coordinator/statement", { body: page })
    await loadStatement({ language: "en", month: "2026-02" })
    await loadStatement({ language: "fr", month: "2026-02&from=2020-01-01" })
    expect(backend.sent.map((request) => request.query)).toEqual([{ lang: "en", from: "2026-02-01", to: "2026-02-28" }, { lang: "es" }])
  })

  it.each([
    [401, "sessionExpired"],
    [400, "generic"],
    [500, "generic"],
  ])("turns a %i into %s", async (status, error) => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("GET", "/coordinator/statement", { status, body: { message: "no" } })
    expect(await loadStatement({ language: "es" })).toEqual({ error })
  })

  it("says so when the backend cannot be reached", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await loadStatement({ language: "es" })).toEqual({ error: "unreachable" })
  })
})
