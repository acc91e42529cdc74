import { medusaBackend, visitor } from "../../../test/medusa-double"

import { resubmitProductRequest, submitProductRequest, uploadRequestPhoto } from "./coordinator"
import { loadPortalRequest, loadPortalRequests } from "./coordinator-pages"

const backend = medusaBackend()
const COOKIE = "_telar_coordinator"
/** The login the portal's page reads from the request's cookie. */
const session = () => ({ token: visitor.cookies.get(COOKIE)?.value })
const me = { id: "coord_1", name: "Ana", cooperative: { id: "coop_a", name: "Cooperativa A" } }
const request = {
  id: "preq_01ABC",
  client_request_id: "c9a1f0e2-0000-4000-8000-000000000001",
  status: "returned",
  revision: 1,
  title_es: "Huipil de fiesta",
  story_es: "Tejido en telar de cintura.",
  materials: "Algodón",
  technique: "Telar de cintura",
  producer_price: { amount: 120_000, currency_code: "mxn" },
  stock: 2,
  photos: [{ id: "preqimg_1", url: "http://localhost:9000/static/product-requests/a.webp", width: 1600, height: 1200 }],
  staff_comment: "La foto está oscura.",
  product: null,
}
const submission = {
  client_request_id: request.client_request_id,
  title_es: request.title_es,
  story_es: request.story_es,
  materials: request.materials,
  technique: request.technique,
  producer_price_amount: 120_000,
  stock: 2,
  photo_ids: ["preqimg_1"],
}
const photoForm = (bytes: Uint8Array | null) => {
  const form = new FormData()
  if (bytes) form.set("photo", new Blob([bytes], { type: "image/jpeg" }), "photo.jpg")
  return form
}
const coordinatorToken = expect.objectContaining({ authorization: "Bearer coordinator-jwt" })

beforeEach(() => {
  visitor.cookies.clear()
  // The shopper's own login must never travel with a coordinator's request.
  visitor.cookies.set("_telar_jwt", "shopper-jwt")
  backend.install()
})

describe("without the coordinator's cookie", () => {
  it("asks nothing: pages answer null (log in), actions say the session closed", async () => {
    expect(await loadPortalRequests(session())).toBeNull()
    expect(await loadPortalRequest(session(), "preq_01ABC")).toBeNull()
    expect(await uploadRequestPhoto(photoForm(new Uint8Array([1, 2, 3])))).toEqual({ error: "sessionExpired" })
    expect(await submitProductRequest(submission)).toEqual({ error: "sessionExpired" })
    expect(backend.sent).toEqual([])
  })
})

describe("loading proposals", () => {
  beforeEach(() => visitor.cookies.set(COOKIE, "coordinator-jwt"))

  it("loads the cooperative's proposals with the coordinator's token, never the shopper's", async () => {
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/product-requests", { body: { product_requests: [request], count: 1, offset: 0, limit: 50 } })
    expect(await loadPortalRequests(session())).toEqual({ me, requests: [request], count: 1 })
    const list = backend.sent.find((sent) => sent.path === "/coordinator/product-requests")
    expect(list).toMatchObject({ method: "GET", query: { limit: "50" }, headers: coordinatorToken, cache: "no-store" })
  })

  it("asks for a new login when the backend no longer accepts the token", async () => {
    backend.on("GET", "/coordinator/me", { status: 401, body: { message: "Unauthorized" } })
    backend.on("GET", "/coordinator/product-requests", { status: 401, body: { message: "Unauthorized" } })
    expect(await loadPortalRequests(session())).toBeNull()
  })

  it("loads one proposal to change it; another cooperative's (404) is none", async () => {
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    backend.on("GET", "/coordinator/product-requests/preq_01ABC", { body: { product_request: request } })
    expect(await loadPortalRequest(session(), "preq_01ABC")).toEqual({ me, request })
    backend.on("GET", "/coordinator/product-requests/preq_OTHER", { status: 404, body: { message: "not found" } })
    expect(await loadPortalRequest(session(), "preq_OTHER")).toEqual({ me, request: null })
  })

  it.each([
    ["no id (a new proposal)", undefined],
    ["an id that is no proposal's", "../../admin/users"],
  ])("asks only for the coordinator with %s", async (_case, id) => {
    backend.on("GET", "/coordinator/me", { body: { coordinator: me } })
    expect(await loadPortalRequest(session(), id)).toEqual({ me, request: null })
    expect(backend.sent.map((sent) => sent.path)).toEqual(["/coordinator/me"])
  })
})

describe("uploadRequestPhoto", () => {
  beforeEach(() => visitor.cookies.set(COOKIE, "coordinator-jwt"))

  it("sends the photo's bytes as base64, on their own, with the coordinator's token", async () => {
    const photo = request.photos[0]
    backend.on("POST", "/coordinator/product-requests/photos", { status: 201, body: { photo, replayed: false } })
    expect(await uploadRequestPhoto(photoForm(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])))).toEqual({ photo })
    expect(backend.sent).toEqual([expect.objectContaining({ method: "POST", body: { content: "/9j/4A==" }, headers: coordinatorToken })])
  })

  it.each([
    ["no photo at all", null],
    ["an empty file", new Uint8Array()],
  ])("asks nothing for %s", async (_case, bytes) => {
    expect(await uploadRequestPhoto(photoForm(bytes))).toEqual({ error: "rejected" })
    expect(backend.sent).toEqual([])
  })

  it("refuses a file over 12 MB without sending it", async () => {
    expect(await uploadRequestPhoto(photoForm(new Uint8Array(12 * 1024 * 1024 + 1)))).toEqual({ error: "tooLarge" })
    expect(backend.sent).toEqual([])
  })

  it.each([
    [401, { error: "sessionExpired" }],
    [413, { error: "tooLarge", message: "La foto pesa demasiado: el máximo es 12 MB." }],
    [400, { error: "rejected", message: "La foto pesa demasiado: el máximo es 12 MB." }],
    [500, { error: "generic" }],
  ])("turns a %i into %j, keeping the backend's own words for the coordinator", async (status, expected) => {
    backend.on("POST", "/coordinator/product-requests/photos", { status, body: { message: "La foto pesa demasiado: el máximo es 12 MB." } })
    expect(await uploadRequestPhoto(photoForm(new Uint8Array([1])))).toEqual(expected)
  })

  it("says so when there is no signal", async () => {
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await uploadRequestPhoto(photoForm(new Uint8Array([1])))).toEqual({ error: "unreachable" })
  })
})

describe("sending a proposal", () => {
  beforeEach(() => visitor.cookies.set(COOKIE, "coordinator-jwt"))

  it("sends the proposal as typed, with its client_request_id, and answers with the request", async () => {
    backend.on("POST", "/coordinator/product-requests", { status: 201, body: { product_request: request, replayed: false } })
    expect(await submitProductRequest(submission)).toEqual({ request })
    expect(backend.sent).toEqual([expect.objectContaining({ body: submission, headers: coordinatorToken })])
  })

  it("takes a retry's answer (200, the first request) as success", async () => {
    backend.on("POST", "/coordinator/product-requests", { status: 200, body: { product_request: request, replayed: true } })
    expect(await submitProductRequest(submission)).toEqual({ request })
  })

  it("shows what the backend refused in its own words", async () => {
    backend.on("POST", "/coordinator/product-requests", { status: 400, body: { message: "Escribe el nombre de la pieza. (title_es)" } })
    expect(await submitProductRequest({ ...submission, title_es: "" })).toEqual({
      error: "rejected",
      message: "Escribe el nombre de la pieza. (title_es)",
    })
  })

  it("sends a returned proposal again with the revision changed, and asks nothing for an id that is no proposal's", async () => {
    const { client_request_id: _id, ...fields } = submission
    backend.on("POST", "/coordinator/product-requests/preq_01ABC/resubmit", {
      body: { product_request: { ...request, status: "pending" } },
    })
    expect(await resubmitProductRequest("preq_01ABC", { ...fields, revision: 1 })).toEqual({ request: { ...request, status: "pending" } })
    expect(backend.sent[0]).toMatchObject({ body: { ...fields, revision: 1 }, headers: coordinatorToken })
    expect(await resubmitProductRequest("preq_01ABC/../../x", { ...fields, revision: 1 })).toEqual({ error: "rejected" })
    expect(backend.sent).toHaveLength(1)
  })
})
