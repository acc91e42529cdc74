import { medusaBackend, visitor } from "../../../test/medusa-double"
import { formData } from "../../../test/form-data"

import {
  acceptInvitation,
  changeStock,
  changeStockFromForm,
  coordinatorLogin,
  coordinatorLogout,
  requestCoordinatorPasswordReset,
  resetCoordinatorPassword,
} from "./coordinator"
import { loadPortal } from "./coordinator-pages"
import { readShelfNotice } from "@/modules/coordinator/lib/stock-form"

const backend = medusaBackend()
const COOKIE = "_telar_coordinator"
/** The login the portal's page reads from the request's cookie. */
const session = () => ({ token: visitor.cookies.get(COOKIE)?.value })
const change = { client_mutation_id: "m-1", variant_id: "variant_1", delta: -1 }
/** What the last form call answered: where it sends the coordinator ({ to }), or its state. */
let answer: unknown

beforeEach(() => {
  visitor.cookies.clear()
  // The shopper's own login must never travel with a coordinator's request.
  visitor.cookies.set("_telar_jwt", "shopper-jwt")
  backend.install()
  answer = undefined
})

describe("acceptInvitation", () => {
  it.each([
    ["a password under 10 characters", { password: "corta", confirm: "corta" }, "passwordShort"],
    ["a confirmation that differs", { password: "telar-de-cintura", confirm: "telar-de-cintura!" }, "passwordsDiffer"],
  ])("answers %s without asking the backend", async (_case, fields, error) => {
    answer = await acceptInvitation(formData({ token: "invite-token", ...fields }))
    expect(answer).toEqual({ error })
    expect(backend.sent).toEqual([])
    expect(answer).not.toHaveProperty("to")
  })

  it("sets the password, logs the coordinator in with their own cookie and opens the portal in their language", async () => {
    backend.on("POST", "/coordinator/invites/accept", { body: { coordinator: { email: "ana@coop.test" } } })
    backend.on("POST", "/auth/coordinator/emailpass", { body: { token: "coordinator-jwt" } })
    answer = await acceptInvitation(
      formData({ locale: "en", token: "invite-token", password: "telar-de-cintura", confirm: "telar-de-cintura" })
    )
    expect(backend.sent.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/coordinator/invites/accept", body: { token: "invite-token", password: "telar-de-cintura" } },
      { method: "POST", path: "/auth/coordinator/emailpass", body: { email: "ana@coop.test", password: "telar-de-cintura" } },
    ])
    expect(backend.sent.every((request) => !("authorization" in request.headers))).toBe(true)
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
    expect(visitor.cookies.options.get(COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 })
    expect(answer).toEqual({ to: "/en/cooperative" })
  })

  it("says an invitation the backend refuses (used, expired, unknown) is invalid", async () => {
    backend.on("POST", "/coordinator/invites/accept", { status: 400, body: { message: "Invitation expired" } })
    const result = await acceptInvitation(formData({ token: "old", password: "telar-de-cintura", confirm: "telar-de-cintura" }))
    expect(result).toEqual({ error: "inviteInvalid" })
    expect(visitor.cookies.values.has(COOKIE)).toBe(false)
  })
})

describe("coordinatorLogin", () => {
  it("answers an empty form without asking the backend", async () => {
    expect(await coordinatorLogin(formData({ email: " ", password: "" }))).toMatchObject({ error: "loginFailed" })
    expect(backend.sent).toEqual([])
  })

  it("sends the email trimmed and in lower case, and opens the Spanish portal by default", async () => {
    backend.on("POST", "/auth/coordinator/emailpass", { body: { token: "coordinator-jwt" } })
    answer = await coordinatorLogin(formData({ email: "  Ana@Coop.TEST ", password: "telar-de-cintura" }))
    expect(backend.sent[0].body).toEqual({ email: "ana@coop.test", password: "telar-de-cintura" })
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
    expect(answer).toEqual({ to: "/es/cooperativa" })
  })

  it.each([
    ["wrong credentials", "loginFailed", { status: 401, body: { message: "Invalid email or password" } }],
    ["a login answered without a token", "loginFailed", { body: {} }],
    ["a backend failure", "generic", { status: 500, body: { message: "boom" } }],
  ])("reports %s as %s and stays logged out", async (_case, error, reply) => {
    backend.on("POST", "/auth/coordinator/emailpass", reply)
    answer = await coordinatorLogin(formData({ email: "ana@coop.test", password: "telar-de-cintura" }))
    expect(answer).toMatchObject({ error })
    expect(visitor.cookies.values.has(COOKIE)).toBe(false)
    expect(answer).not.toHaveProperty("to")
  })

  it("says so when the backend cannot be reached", async () => {
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await coordinatorLogin(formData({ email: "ana@coop.test", password: "telar-de-cintura" }))).toMatchObject({
      error: "unreachable",
    })
  })
})

describe("requestCoordinatorPasswordReset", () => {
  it("asks Medusa for a coordinator's reset link in the portal's language, without anyone's token", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/reset-password", { status: 201 })
    const result = await requestCoordinatorPasswordReset(formData({ locale: "es", email: " Ana@Coop.TEST " }))
    expect(result).toEqual({ sent: true, email: "ana@coop.test" })
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/auth/coordinator/emailpass/reset-password",
        body: { identifier: "ana@coop.test", metadata: { locale: "es" } },
      }),
    ])
    expect(backend.sent[0].headers.authorization).toBeUndefined()
  })

  it("reads any language but English as Spanish", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/reset-password", { status: 201 })
    answer = await requestCoordinatorPasswordReset(formData({ locale: "fr", email: "ana@coop.test" }))
    expect(backend.sent[0].body).toMatchObject({ metadata: { locale: "es" } })
  })

  it("asks nothing of the backend for something that is no email", async () => {
    expect(await requestCoordinatorPasswordReset(formData({ email: "ana" }))).toEqual({ error: "emailInvalid", email: "ana" })
    expect(backend.sent).toEqual([])
  })

  it.each([
    ["the rate limit (429)", "tooManyTries", 429],
    ["a backend failure", "generic", 500],
  ])("reports %s as %s, keeping the email typed", async (_case, error, status) => {
    backend.on("POST", "/auth/coordinator/emailpass/reset-password", { status, body: { message: "no" } })
    expect(await requestCoordinatorPasswordReset(formData({ email: "ana@coop.test" }))).toEqual({ error, email: "ana@coop.test" })
  })

  it("says so when the backend cannot be reached", async () => {
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await requestCoordinatorPasswordReset(formData({ email: "ana@coop.test" }))).toMatchObject({ error: "unreachable" })
  })
})

describe("resetCoordinatorPassword", () => {
  const fields = { token: "reset-jwt", email: "ana@coop.test", password: "telar-de-cintura", confirm: "telar-de-cintura" }

  it.each([
    ["a password under 10 characters", { password: "corta", confirm: "corta" }, "passwordShort"],
    ["a confirmation that differs", { password: "telar-de-cintura", confirm: "telar-de-pedal" }, "passwordsDiffer"],
    ["no token", { token: "" }, "resetInvalid"],
  ])("answers %s without asking the backend", async (_case, change, error) => {
    expect(await resetCoordinatorPassword(formData({ ...fields, ...change }))).toEqual({ error })
    expect(backend.sent).toEqual([])
  })

  it("saves the password with the mailed token, logs the coordinator in with their own cookie and opens the portal", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/update", { body: { success: true } })
    backend.on("POST", "/auth/coordinator/emailpass", { body: { token: "coordinator-jwt" } })
    answer = await resetCoordinatorPassword(formData({ ...fields, locale: "en" }))
    expect(backend.sent.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/auth/coordinator/emailpass/update", body: { email: "ana@coop.test", password: "telar-de-cintura" } },
      { method: "POST", path: "/auth/coordinator/emailpass", body: { email: "ana@coop.test", password: "telar-de-cintura" } },
    ])
    expect(backend.sent[0].headers.authorization).toBe("Bearer reset-jwt")
    // The shopper's login stays the shopper's.
    expect(backend.sent[1].headers.authorization).toBeUndefined()
    expect(visitor.cookies.values.get(COOKIE)).toBe("coordinator-jwt")
    expect(visitor.cookies.values.get("_telar_jwt")).toBe("shopper-jwt")
    expect(answer).toEqual({ to: "/en/cooperative" })
  })

  it("opens the login page, told the password is saved, when the link carried no email", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/update", { body: { success: true } })
    answer = await resetCoordinatorPassword(formData({ ...fields, email: "" }))
    expect(backend.sent.map((request) => request.body)).toEqual([{ password: "telar-de-cintura" }])
    expect(visitor.cookies.values.has(COOKIE)).toBe(false)
    expect(answer).toEqual({ to: "/es/cooperativa/entrar?reset=done" })
  })

  it("says an expired or used link no longer works (Medusa's 401) and logs nobody in", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/update", { status: 401, body: { message: "Invalid token" } })
    answer = await resetCoordinatorPassword(formData(fields))
    expect(answer).toEqual({ error: "resetInvalid" })
    expect(backend.sent).toHaveLength(1)
    expect(visitor.cookies.values.has(COOKIE)).toBe(false)
    expect(answer).not.toHaveProperty("to")
  })

  it("reports a backend failure as generic", async () => {
    backend.on("POST", "/auth/coordinator/emailpass/update", { status: 500, body: { message: "boom" } })
    expect(await resetCoordinatorPassword(formData(fields))).toEqual({ error: "generic" })
  })
})

describe("coordinatorLogout", () => {
  it("expires the coordinator's cookie and goes to the login page", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    answer = await coordinatorLogout(formData({ locale: "en" }))
    expect(visitor.cookies.values.get(COOKIE)).toBe("")
    expect(visitor.cookies.options.get(COOKIE)).toMatchObject({ maxAge: -1 })
    expect(answer).toEqual({ to: "/en/cooperative/login" })
  })
})

describe("the portal's data", () => {
  it("asks nothing and answers null (log in) without the coordinator's cookie", async () => {
    expect(await loadPortal(session())).toBeNull()
    expect(await changeStock(change)).toEqual({ error: "sessionExpired" })
    expect(backend.sent).toEqual([])
  })

  it("sends one stock change from the portal with the coordinator's token, never the shopper's", async () => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    const result = { ...change, outcome: "applied", stocked_quantity: 4 }
    backend.on("POST", "/coordinator/inventory", { body: { results: [result] } })
    expect(await changeStock(change)).toEqual(result)
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/coordinator/inventory",
        body: { source: "portal", changes: [change] },
        headers: expect.objectContaining({ authorization: "Bearer coordinator-jwt" }),
      }),
    ])
  })

  it.each([
    [401, "sessionExpired"],
    [404, "rejected"],
    [409, "rejected"],
    [500, "generic"],
  ])("turns a %i from the stock route into %s", async (status, error) => {
    visitor.cookies.set(COOKIE, "coordinator-jwt")
    backend.on("POST", "/coordinator/inventory", { status, body: { message: "no" } })
    expect(await changeStock(change)).toEqual({ error })
  })

  it("asks for a new login when the backend no longer accepts the token", async () => {
    visitor.cookies.set(COOKIE, "expired-jwt")
    backend.on("GET", "/coordinator/me", { status: 401, body: { message: "Unauthorized" } })
    backend.on("GET", "/coordinator/products", { status: 401, body: { message: "Unauthorized" } })
    expect(await loadPortal(session())).toBeNull()
  })
})

describe("changeStockFromForm (a stepper's tap posted before the page's JavaScript runs)", () => {
  const NOTICE = "_telar_shelf_notice"
  const form = { locale: "es", variant_id: "variant_01ABC", expected_stocked_quantity: "3", client_mutation_id: "page-made-id", delta: "1" }

  beforeEach(() => visitor.cookies.set(COOKIE, "coordinator-jwt"))

  it("sends the tap as the portal's one change, with the form's own mutation id, and opens the shelf again saying what happened", async () => {
    const applied = {
      client_mutation_id: "page-made-id",
      variant_id: "variant_01ABC",
      outcome: "applied",
      stocked_quantity: 4,
      reserved_quantity: 0,
      available_quantity: 4,
      message: "Listo: ahora hay 4 de «Huipil»",
      replayed: false,
    }
    backend.on("POST", "/coordinator/inventory", { body: { results: [applied] } })
    answer = await changeStockFromForm(formData(form))
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/coordinator/inventory",
        body: {
          source: "portal",
          changes: [{ client_mutation_id: "page-made-id", variant_id: "variant_01ABC", delta: 1, expected_stocked_quantity: 3 }],
        },
        headers: expect.objectContaining({ authorization: "Bearer coordinator-jwt" }),
      }),
    ])
    expect(visitor.cookies.options.get(NOTICE)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 20 })
    expect(answer).toEqual({ to: "/es/cooperativa" })
    // The shelf the redirect opens reads it back (modules/coordinator/server/pages).
    expect(readShelfNotice(visitor.cookies.values.get(NOTICE))).toEqual({
      variant_id: "variant_01ABC",
      outcome: "applied",
      message: "Listo: ahora hay 4 de «Huipil»",
    })
  })

  it("keeps a conflict's words for the shelf, in the coordinator's language's address", async () => {
    const conflict = { variant_id: "variant_01ABC", outcome: "conflict", message: "The stock changed in the meantime (it is 7 now)." }
    backend.on("POST", "/coordinator/inventory", { body: { results: [{ ...conflict, stocked_quantity: 7 }] } })
    answer = await changeStockFromForm(formData({ ...form, locale: "en", delta: "-1" }))
    expect(backend.sent[0].body).toMatchObject({ changes: [{ delta: -1, expected_stocked_quantity: 3 }] })
    expect(readShelfNotice(visitor.cookies.values.get(NOTICE))).toEqual(conflict)
    expect(answer).toEqual({ to: "/en/cooperative" })
  })

  it.each([
    [401, "sessionExpired"],
    [404, "rejected"],
    [500, "generic"],
  ])("turns a %i into the failure %s for the shelf to word", async (status, error) => {
    backend.on("POST", "/coordinator/inventory", { status, body: { message: "no" } })
    answer = await changeStockFromForm(formData(form))
    expect(readShelfNotice(visitor.cookies.values.get(NOTICE))).toEqual({ variant_id: "variant_01ABC", error })
    expect(answer).toEqual({ to: "/es/cooperativa" })
  })

  it("sends nothing for a form no stepper posts, and says the piece was not changed", async () => {
    answer = await changeStockFromForm(formData({ ...form, delta: "100" }))
    expect(backend.sent).toEqual([])
    expect(readShelfNotice(visitor.cookies.values.get(NOTICE))).toEqual({ variant_id: "variant_01ABC", error: "rejected" })
    expect(answer).toEqual({ to: "/es/cooperativa" })
  })

  it("leaves no notice when the form names no piece", async () => {
    answer = await changeStockFromForm(formData({ delta: "1" }))
    expect(backend.sent).toEqual([])
    expect(visitor.cookies.values.has(NOTICE)).toBe(false)
    expect(readShelfNotice(visitor.cookies.values.get(NOTICE))).toBeNull()
    expect(answer).toEqual({ to: "/es/cooperativa" })
  })
})
