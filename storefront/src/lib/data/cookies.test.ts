import { medusaBackend, PUBLISHABLE_KEY, visitor } from "../../../test/medusa-double"
import { FetchError } from "@medusajs/js-sdk"
import { describeError, getCartId, getLastOrderId, removeCartId, setCartId, storeFetch } from "./cookies"

const backend = medusaBackend()

beforeEach(() => {
  visitor.cookies.clear()
  visitor.locale = "en"
  backend.install()
  backend.on("GET", "/store/customers/me", { body: { customer: { id: "cus_1" } } })
})

describe("describeError", () => {
  it("keeps the status and message of an answer from the store API", () => {
    expect(describeError(new FetchError("Cart id not found", "Not Found", 404))).toEqual({ status: 404, message: "Cart id not found" })
  })

  it("falls back to the status text when the answer had no message", () => {
    expect(describeError(new FetchError("", "Bad Gateway", 502))).toEqual({ status: 502, message: "Bad Gateway" })
  })

  it("reads any thrown object with a status and a message", () => {
    expect(describeError(Object.assign(new Error("not logged in"), { status: 401 }))).toEqual({ status: 401, message: "not logged in" })
    expect(describeError({ status: "409", message: "conflict" })).toEqual({ status: 409, message: "conflict" })
  })

  it.each([
    ["a network failure", new TypeError("fetch failed"), "fetch failed"],
    ["a thrown string", "socket hang up", "socket hang up"],
    ["nothing at all", undefined, "undefined"],
  ])("reports %s as status 0 (backend unreachable)", (_case, error, message) => {
    expect(describeError(error)).toEqual({ status: 0, message })
  })

  it("turns a non-numeric status into 0", () => {
    expect(describeError({ status: "teapot", message: "no" })).toEqual({ status: 0, message: "no" })
  })
})

describe("the cart cookie", () => {
  it("trusts only a well-formed cart id, since it ends up in URL paths", async () => {
    visitor.cookies.set("_telar_cart_id", "cart_01ABC")
    expect(await getCartId()).toBe("cart_01ABC")
    visitor.cookies.set("_telar_cart_id", "cart_01ABC/../../admin")
    expect(await getCartId()).toBeUndefined()
    visitor.cookies.set("_telar_cart_id", "order_01ABC")
    expect(await getCartId()).toBeUndefined()
  })

  it("is set httpOnly for 30 days and removed by expiring it", async () => {
    await setCartId("cart_01ABC")
    expect(visitor.cookies.options.get("_telar_cart_id")).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 60 * 60 * 24 * 30,
    })
    await removeCartId()
    expect(visitor.cookies.values.get("_telar_cart_id")).toBe("")
    expect(visitor.cookies.options.get("_telar_cart_id")).toMatchObject({ maxAge: -1 })
  })

  it("trusts only a well-formed last order id", async () => {
    visitor.cookies.set("_telar_last_order", "order_01XYZ")
    expect(await getLastOrderId()).toBe("order_01XYZ")
    visitor.cookies.set("_telar_last_order", "order_01XYZ; drop")
    expect(await getLastOrderId()).toBeUndefined()
  })
})

describe("storeFetch", () => {
  it("sends the visitor's token and language, uncached, with the publishable key", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    visitor.locale = "es"
    await storeFetch("/store/customers/me", { query: { fields: "id" } })
    expect(backend.sent).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/store/customers/me",
        query: { fields: "id" },
        cache: "no-store",
        headers: expect.objectContaining({
          authorization: "Bearer jwt-of-the-visitor",
          "x-medusa-locale": "es-MX",
          "x-publishable-api-key": PUBLISHABLE_KEY,
        }),
      }),
    ])
  })

  it("asks for no translation in English, Medusa's base language", async () => {
    await storeFetch("/store/customers/me")
    // The js-sdk always sends the header; empty means untranslated.
    expect(backend.sent[0].headers["x-medusa-locale"] ?? "").toBe("")
  })

  it("leaves the visitor's token out when asked to", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    await storeFetch("/store/customers/me", { auth: false })
    expect(backend.sent[0].headers).not.toHaveProperty("authorization")
  })

  it("sends a given token instead of the cookie's", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    await storeFetch("/store/customers/me", { auth: false, token: "fresh-token" })
    expect(backend.sent[0].headers.authorization).toBe("Bearer fresh-token")
  })

  it("posts the body as JSON and throws the store API's error with its status", async () => {
    backend.on("POST", "/store/carts/cart_1", { status: 400, body: { message: "Invalid email" } })
    const error = await storeFetch("/store/carts/cart_1", { method: "POST", body: { email: "x" } }).catch((thrown) => thrown)
    expect(backend.sent[0]).toMatchObject({ method: "POST", body: { email: "x" } })
    expect(describeError(error)).toEqual({ status: 400, message: "Invalid email" })
  })
})
