import { medusaBackend, visitor } from "./medusa-double"

import { POST } from "@/app/api/portal/[action]/route"
import { PORTAL_FORM_COOKIE, readPortalForm } from "@/modules/coordinator/lib/portal-form"

/**
 * What the portal's pages post (/api/portal/<action>): forms come back by a 303 to a page, their
 * problem in a cookie that page reads once; the portal's script gets the data layer's answer as JSON.
 */

const backend = medusaBackend()
const COOKIE = "_telar_coordinator"

beforeEach(() => {
  visitor.cookies.clear()
  backend.install()
})

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const post = (action: string, body: BodyInit, headers: Record<string, string> = {}) =>
  POST(
    new Request(`http://shop.test/api/portal/${action}`, {
      method: "POST",
      headers: { host: "shop.test", origin: "http://shop.test", "content-type": "application/x-www-form-urlencoded", ...headers },
      body,
    }),
    { params: Promise.resolve({ action }) }
  )

describe("a form posted without the portal's script", () => {
  it("is taken as the portal's own when the browser says same-origin, whatever its Origin", async () => {
    const response = await post("forgot", form({ locale: "es", email: "nadie" }), { origin: "null", "sec-fetch-site": "same-origin" })
    expect(response.status).toBe(303)
    expect(readPortalForm(visitor.cookies.values.get(PORTAL_FORM_COOKIE))).toEqual({ error: "emailInvalid", email: "nadie" })
  })

  it("logs in and sends the coordinator to the shelf in their language with a 303 (a reload posts nothing again)", async () => {
    backend.on("POST", "/auth/coordinator/emailpass", { body: { token: "coordinator-jwt" } })
    const response = await post("login", form({ locale: "en", email: "Ana@Coop.test ", password: "telar-de-cintura" }))
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get("location") as string).pathname).toBe("/en/cooperative")
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
    expect(visitor.cookies.values.has(PORTAL_FORM_COOKIE)).toBe(false)
  })

  it("sends a refused login back to the login page with what went wrong and the email typed, for that page to say once", async () => {
    backend.on("POST", "/auth/coordinator/emailpass", { status: 401, body: { message: "Invalid email or password" } })
    const response = await post("login", form({ locale: "es", email: "ana@coop.test", password: "equivocada" }))
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get("location") as string).pathname).toBe("/es/cooperativa/entrar")
    expect(readPortalForm(visitor.cookies.values.get(PORTAL_FORM_COOKIE))).toEqual({ error: "loginFailed", email: "ana@coop.test" })
    expect(visitor.cookies.options.get(PORTAL_FORM_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", maxAge: 30 })
    expect(visitor.cookies.values.has(COOKIE)).toBe(false)
  })

  it("keeps an invitation's token in the address it goes back to, so the form can be sent again", async () => {
    const response = await post("invitation", form({ locale: "es", token: "tok-1", password: "corta", confirm: "corta" }))
    expect(response.headers.get("location")).toBe("http://shop.test/es/cooperativa/invitacion?token=tok-1")
    expect(readPortalForm(visitor.cookies.values.get(PORTAL_FORM_COOKIE))).toEqual({ error: "passwordShort" })
    expect(backend.sent).toEqual([])
  })

  it("says a reset link was sent, on the same page", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/reset-password", { status: 201, body: {} })
    const response = await post("forgot", form({ locale: "en", email: "ana@coop.test" }))
    expect(response.headers.get("location")).toBe("http://shop.test/en/cooperative/forgot-password")
    expect(readPortalForm(visitor.cookies.values.get(PORTAL_FORM_COOKIE))).toEqual({ sent: true, email: "ana@coop.test" })
  })

  it("logs out: the login cookie is dropped and the login page opens", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const response = await post("logout", form({ locale: "es" }))
    expect(response.headers.get("location")).toBe("http://shop.test/es/cooperativa/entrar")
    expect(visitor.cookies.options.get(COOKIE)).toMatchObject({ maxAge: -1 })
  })
})

describe("the portal's script", () => {
  it("gets a stock change's answer as JSON, sent with the coordinator's own token and the source it names", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const result = { variant_id: "variant_1", outcome: "applied", message: "Listo", stocked_quantity: 4, reserved_quantity: 0 }
    backend.on("POST", "/coordinator/inventory", { body: { results: [result] } })
    const change = { client_mutation_id: "m-1", variant_id: "variant_1", delta: 1, expected_stocked_quantity: 3 }
    const response = await post("stock-change", JSON.stringify({ change, source: "offline_sync" }), { "content-type": "application/json" })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(result)
    expect(backend.sent[0]).toMatchObject({ body: { source: "offline_sync", changes: [change] } })
    expect(backend.sent[0].headers.authorization).toBe("Bearer coordinator-jwt")
  })

  it("answers that the session closed, without asking the backend, when there is no login cookie", async () => {
    const change = { client_mutation_id: "m-1", variant_id: "variant_1", delta: 1 }
    const response = await post("stock-change", JSON.stringify({ change }), { "content-type": "application/json" })
    expect(await response.json()).toEqual({ error: "sessionExpired" })
    expect(backend.sent).toEqual([])
  })

  it("answers a body without the object it needs with a 400 that says which, asking the backend nothing", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    for (const [action, body] of [
      ["parcel", {}],
      ["parcel", { input: "order_1" }],
      ["stock-change", { change: [1] }],
      ["request", []],
    ] as const) {
      const response = await post(action, JSON.stringify(body), { "content-type": "application/json" })
      expect(response.status).toBe(400)
      expect((await response.json()).message).toMatch(/Send a JSON object with an object "(input|change)"/)
    }
    expect(backend.sent).toEqual([])
  })

  it("sends a parcel's carrier only when it is text", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const input = { order_id: "order_1", status: "handed_to_carrier", carrier: 42, tracking_number: " EST1 ", client_mutation_id: "m-1" }
    backend.on("POST", "/coordinator/orders/order_1/parcel", { body: { order: {}, message: "ok" } })
    const response = await post("parcel", JSON.stringify({ input }), { "content-type": "application/json" })
    expect(response.status).toBe(200)
    expect(backend.sent[0].body).toEqual({ status: "handed_to_carrier", client_mutation_id: "m-1", tracking_number: "EST1" })
  })

  it("sends a photo posted as multipart form data to the backend, as the bytes it was", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const photo = { id: "preqph_1", url: "http://backend.test/p.jpg" }
    backend.on("POST", "/coordinator/product-requests/photos", { body: { photo } })
    const multipart = new FormData()
    multipart.set("photo", new Blob([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" }), "huipil.jpg")
    const encoded = new Request("http://shop.test/", { method: "POST", body: multipart })
    const response = await post("photo", await encoded.arrayBuffer(), { "content-type": encoded.headers.get("content-type") as string })
    expect(await response.json()).toEqual({ photo })
    expect(backend.sent[0].body).toEqual({ content: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString("base64") })
  })

  it("answers a photo that is not sent as a form with a 400 that says how to send it", async () => {
    const response = await post("photo", "not a form", { "content-type": "text/plain" })
    expect(response.status).toBe(400)
    expect((await response.json()).message).toContain('"photo"')
    expect(backend.sent).toEqual([])
  })

  it("answers a body that is no JSON with a 400 that says so", async () => {
    const response = await post("stock-change", "{nope", { "content-type": "application/json" })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ message: "Send a JSON body." })
  })
})

describe("refused", () => {
  it("a post from another site, whatever it asks (403), changing nothing", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const response = await post("logout", form({ locale: "es" }), { origin: "http://evil.test" })
    expect(response.status).toBe(403)
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
  })

  it.each(["cross-site", "same-site"])("a post the browser marks %s (another site, a sibling subdomain)", async (site) => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const response = await post("logout", form({ locale: "es" }), { "sec-fetch-site": site })
    expect(response.status).toBe(403)
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
  })

  it("a body over the limit (413), unread and unsent, saying how much may be sent", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const story = "x".repeat(300 * 1024)
    const declared = await post("request", JSON.stringify({ input: { story_es: story } }), { "content-type": "application/json" })
    expect(declared.status).toBe(413)
    expect((await declared.json()).message).toBe("The request is too large: send at most 256 KB.")
    const login = await post("login", form({ locale: "es", email: "ana@coop.test", password: story }))
    expect(login.status).toBe(413)
    const photo = await post("photo", "x", {
      "content-type": "multipart/form-data; boundary=b",
      "content-length": String(13 * 1024 * 1024),
    })
    expect(photo.status).toBe(413)
    expect((await photo.json()).message).toMatch(/photo is too large/)
    expect(backend.sent).toEqual([])
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
  })

  it("an action the portal does not have (404)", async () => {
    const response = await post("delete-everything", "{}", { "content-type": "application/json" })
    expect(response.status).toBe(404)
    expect((await response.json()).message).toContain("delete-everything")
  })
})
