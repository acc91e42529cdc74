import { medusaBackend, visitor } from "../../../test/medusa-double"

import { setParcelStatus } from "./coordinator"
import { loadPortalOrders } from "./coordinator-pages"

const backend = medusaBackend()
const COOKIE = "_telar_coordinator"
/** The login the portal's page reads from the request's cookie. */
const session = () => ({ token: visitor.cookies.get(COOKIE)?.value })
const me = { id: "coord_1", name: "Ana", cooperative: { id: "coop_a", name: "Cooperativa A" } }
const order = (id: string, status: string) => ({
  id,
  display_id: 7,
  created_at: "2026-12-01T10:00:00.000Z",
  canceled: false,
  lines: [{ id: "item_1", title: "Huipil", options: [], quantity: 2 }],
  ship_to: null,
  shipping: { speed: "standard", name: "Standard" },
  parcel: { status, ready_at: null, ready_by: null, handed_at: null, handed_by: null, carrier: null, tracking_number: null },
})
const list = (orders: unknown[]) => ({ orders, count: orders.length, offset: 0, limit: 50 })

beforeEach(() => {
  visitor.cookies.clear()
  // The shopper's own login must never travel with a coordinator's request.
  visitor.cookies.set("_telar_jwt", "shopper-jwt")
  backend.install()
})

describe("loadPortalOrders", () => {
  it("asks nothing and answers null (log in) without the coordinator's cookie", async () => {
    expect(await loadPortalOrders(session())).toBeNull()
    expect(backend.sent).toEqual([])
  })

  it("loads the parcels still to send and the latest handed over, with the coordinator's token only", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/orders", (request) => ({
      body:
        request.query.parcel_status === "handed_to_carrier"
          ? list([order("order_2", "handed_to_carrier")])
          : list([order("order_1", "pending")]),
    }))
    const portal = await loadPortalOrders(session())
    expect(portal?.me).toEqual(me)
    expect(portal?.open.orders.map((found) => found.id)).toEqual(["order_1"])
    expect(portal?.handed.orders.map((found) => found.id)).toEqual(["order_2"])
    const asked = backend.sent.filter((request) => request.path === "/coordinator/orders")
    expect(asked.map((request) => request.query).sort((a, b) => a.parcel_status.localeCompare(b.parcel_status))).toEqual([
      { parcel_status: "handed_to_carrier", limit: "10" },
      { parcel_status: "pending,ready", limit: "50" },
    ])
    for (const request of backend.sent) {
      expect(request.headers.authorization).toBe("Bearer coordinator-jwt")
      expect(request.cache).toBe("no-store")
    }
  })

  it("asks for a new login when the backend no longer accepts the token, and fails loudly otherwise", async () => {
    visitor.cookies.set(COOKIE, "expired-jwt")
    backend.on("GET", "/coordinator/me", { status: 401, body: { message: "Unauthorized" } })
    backend.on("GET", "/coordinator/orders", { status: 401, body: { message: "Unauthorized" } })
    expect(await loadPortalOrders(session())).toBeNull()

    backend.install()
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/orders", { status: 500, body: { message: "boom" } })
    await expect(loadPortalOrders(session())).rejects.toBeTruthy()
  })
})

describe("setParcelStatus", () => {
  const ready = { order_id: "order_1", status: "ready" as const, client_mutation_id: "tap-1" }

  it("says the session expired without the coordinator's cookie, asking nothing", async () => {
    expect(await setParcelStatus(ready)).toEqual({ error: "sessionExpired" })
    expect(backend.sent).toEqual([])
  })

  it("posts the new status with its mutation id and answers the backend's result", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const result = {
      order: order("order_1", "ready"),
      replayed: false,
      message: "Listo: el paquete del pedido #7 quedó «listo para enviar».",
    }
    backend.on("POST", "/coordinator/orders/order_1/parcel", { body: result })
    expect(await setParcelStatus(ready)).toEqual(result)
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/coordinator/orders/order_1/parcel",
        body: { status: "ready", client_mutation_id: "tap-1" },
        headers: expect.objectContaining({ authorization: "Bearer coordinator-jwt" }),
      }),
    ])
  })

  it("sends a carrier and guide number trimmed, only with handed_to_carrier, and leaves out empty ones", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("POST", "/coordinator/orders/order_1/parcel", {
      body: { order: order("order_1", "handed_to_carrier"), replayed: false, message: "" },
    })
    await setParcelStatus({ ...ready, status: "handed_to_carrier", carrier: " Estafeta ", tracking_number: "  " })
    await setParcelStatus({ ...ready, carrier: "DHL", tracking_number: "123" })
    expect(backend.sent.map((request) => request.body)).toEqual([
      { status: "handed_to_carrier", client_mutation_id: "tap-1", carrier: "Estafeta" },
      { status: "ready", client_mutation_id: "tap-1" },
    ])
  })

  it("passes on the backend's refusal in the coordinator's words", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const message = "No se puede: el paquete del pedido #7 ya está «entregado a la paquetería» y no puede volver a «listo para enviar»."
    backend.on("POST", "/coordinator/orders/order_1/parcel", { status: 400, body: { type: "not_allowed", message } })
    expect(await setParcelStatus(ready)).toEqual({ error: "refused", message })
  })

  it.each([
    [401, "sessionExpired"],
    [500, "generic"],
  ])("turns a %i into %s", async (status, error) => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("POST", "/coordinator/orders/order_1/parcel", { status, body: { message: "no" } })
    expect(await setParcelStatus(ready)).toEqual({ error })
  })

  it("says so when the backend cannot be reached", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await setParcelStatus(ready)).toEqual({ error: "unreachable" })
  })

  it("sends nothing for something that is no order id", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    expect(await setParcelStatus({ ...ready, order_id: "../admin/users" })).toEqual({ error: "generic" })
    expect(backend.sent).toEqual([])
  })
})
