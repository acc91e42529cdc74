import { medusaBackend, visitor } from "../../../test/medusa-double"
import { formData } from "../../../test/form-data"

jest.mock("next/cache", () => ({ refresh: jest.fn() }))
jest.mock("@/i18n/navigation", () => ({ redirect: jest.fn() }))

import { redirect } from "@/i18n/navigation"
import { requestPasswordReset, resetPassword } from "./customer"

const backend = medusaBackend()
const JWT = "_telar_jwt"
const newPassword = { password: "hilo-de-algodon", confirm: "hilo-de-algodon" }

beforeEach(() => {
  visitor.cookies.clear()
  visitor.locale = "en"
  backend.install()
  jest.mocked(redirect).mockClear()
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("requestPasswordReset", () => {
  it("asks Medusa for a customer's reset link, email trimmed and in lower case, with the page's language for the mail", async () => {
    visitor.locale = "es"
    backend.on("POST", "/auth/customer/emailpass/reset-password", { status: 201 })
    const result = await requestPasswordReset(null, formData({ email: "  Ana@Example.ORG " }))
    expect(result).toEqual({ ok: true, values: { email: "ana@example.org" } })
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/auth/customer/emailpass/reset-password",
        body: { identifier: "ana@example.org", metadata: { locale: "es" } },
      }),
    ])
    // Nobody is signed in by asking, and nobody's token travels with the request.
    expect(backend.sent[0].headers.authorization).toBeUndefined()
    expect(visitor.cookies.values.has(JWT)).toBe(false)
  })

  it("gives the same answer for an email with no account (Medusa answers 201 either way)", async () => {
    backend.on("POST", "/auth/customer/emailpass/reset-password", { status: 201 })
    const known = await requestPasswordReset(null, formData({ email: "ana@example.org" }))
    const unknown = await requestPasswordReset(null, formData({ email: "nobody@example.org" }))
    expect(unknown).toEqual({ ...known, values: { email: "nobody@example.org" } })
  })

  it("asks nothing of the backend for something that is no email", async () => {
    expect(await requestPasswordReset(null, formData({ email: "ana-at-example" }))).toEqual({
      fieldErrors: { email: "email" },
      values: { email: "ana-at-example" },
    })
    expect(backend.sent).toEqual([])
  })

  it.each([
    ["the login rate limit (429)", "tooManyTries", { status: 429, body: { message: "Too many attempts." } }],
    ["a backend failure", "generic", { status: 500, body: { message: "boom" } }],
  ])("reports %s as %s, keeping the email typed", async (_case, error, reply) => {
    backend.on("POST", "/auth/customer/emailpass/reset-password", reply)
    expect(await requestPasswordReset(null, formData({ email: "ana@example.org" }))).toEqual({
      error,
      values: { email: "ana@example.org" },
    })
  })

  it("says so when the backend cannot be reached", async () => {
    jest.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await requestPasswordReset(null, formData({ email: "ana@example.org" }))).toMatchObject({ error: "unreachable" })
  })
})

describe("resetPassword", () => {
  it.each([
    ["a password under 8 characters", { password: "corto", confirm: "corto" }, { password: "passwordShort" }],
    ["a confirmation that differs", { password: "hilo-de-algodon", confirm: "hilo-de-lana" }, { confirm: "passwordsDiffer" }],
  ])("answers %s without asking the backend", async (_case, fields, fieldErrors) => {
    expect(await resetPassword(null, formData({ token: "reset-jwt", email: "ana@example.org", ...fields }))).toEqual({ fieldErrors })
    expect(backend.sent).toEqual([])
  })

  it("saves the password with the mailed token, signs the shopper in with it and opens their account", async () => {
    backend.on("POST", "/auth/customer/emailpass/update", { body: { success: true } })
    backend.on("POST", "/auth/customer/emailpass", { body: { token: "customer-jwt" } })
    await resetPassword(null, formData({ token: "reset-jwt", email: "Ana@Example.org", ...newPassword }))
    expect(backend.sent.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/auth/customer/emailpass/update", body: { email: "ana@example.org", password: "hilo-de-algodon" } },
      { method: "POST", path: "/auth/customer/emailpass", body: { email: "ana@example.org", password: "hilo-de-algodon" } },
    ])
    // The reset token is the update's only credential.
    expect(backend.sent[0].headers.authorization).toBe("Bearer reset-jwt")
    expect(visitor.cookies.values.get(JWT)).toBe("customer-jwt")
    expect(redirect).toHaveBeenCalledTimes(1)
    expect(redirect).toHaveBeenCalledWith({ href: "/account", locale: "en" })
  })

  it("hands the shopper's guest cart over once signed in", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_1")
    backend.on("POST", "/auth/customer/emailpass/update", { body: { success: true } })
    backend.on("POST", "/auth/customer/emailpass", { body: { token: "customer-jwt" } })
    backend.on("POST", "/store/carts/cart_1/customer", { body: { cart: { id: "cart_1" } } })
    await resetPassword(null, formData({ token: "reset-jwt", email: "ana@example.org", ...newPassword }))
    expect(backend.sent[2]).toMatchObject({
      path: "/store/carts/cart_1/customer",
      headers: expect.objectContaining({ authorization: "Bearer customer-jwt" }),
    })
  })

  it("sends the shopper to sign in, told the password changed, when the link carried no email", async () => {
    backend.on("POST", "/auth/customer/emailpass/update", { body: { success: true } })
    await resetPassword(null, formData({ token: "reset-jwt", email: "", ...newPassword }))
    expect(backend.sent.map((request) => request.body)).toEqual([{ password: "hilo-de-algodon" }])
    expect(visitor.cookies.values.has(JWT)).toBe(false)
    expect(redirect).toHaveBeenCalledWith({ href: { pathname: "/account/login", query: { reset: "done" } }, locale: "en" })
  })

  it("sends the shopper to sign in when the sign-in after the change fails (the password is saved all the same)", async () => {
    backend.on("POST", "/auth/customer/emailpass/update", { body: { success: true } })
    backend.on("POST", "/auth/customer/emailpass", { status: 401, body: { message: "Invalid email or password" } })
    await resetPassword(null, formData({ token: "reset-jwt", email: "someone-else@example.org", ...newPassword }))
    expect(visitor.cookies.values.has(JWT)).toBe(false)
    expect(redirect).toHaveBeenCalledWith({ href: { pathname: "/account/login", query: { reset: "done" } }, locale: "en" })
  })

  it("says an expired, used or forged link no longer works (Medusa's 401) and signs nobody in", async () => {
    backend.on("POST", "/auth/customer/emailpass/update", { status: 401, body: { message: "Invalid token" } })
    const result = await resetPassword(null, formData({ token: "used-jwt", email: "ana@example.org", ...newPassword }))
    expect(result).toEqual({ error: "resetLinkInvalid" })
    expect(backend.sent).toHaveLength(1)
    expect(visitor.cookies.values.has(JWT)).toBe(false)
    expect(redirect).not.toHaveBeenCalled()
  })

  it("answers a form without a token as a dead link, without asking the backend", async () => {
    expect(await resetPassword(null, formData({ email: "ana@example.org", ...newPassword }))).toEqual({ error: "resetLinkInvalid" })
    expect(backend.sent).toEqual([])
  })

  it.each([
    [500, "generic"],
    [429, "tooManyTries"],
  ])("turns a %i from the update into %s", async (status, error) => {
    backend.on("POST", "/auth/customer/emailpass/update", { status, body: { message: "no" } })
    expect(await resetPassword(null, formData({ token: "reset-jwt", email: "ana@example.org", ...newPassword }))).toEqual({ error })
  })
})
