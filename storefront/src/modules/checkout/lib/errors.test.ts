import en from "../../../../messages/en.json"
import { ERROR_KEYS, errorKeyFor, isCardEntryError } from "./errors"

describe("errorKeyFor", () => {
  it("turns backend answers into messages a shopper can act on", () => {
    expect(errorKeyFor({ status: 400, message: "Some variant does not have the required inventory" })).toBe("soldOut")
    expect(errorKeyFor({ status: 400, message: "The promotion code NOPE is invalid" })).toBe("promoInvalid")
    expect(errorKeyFor({ status: 0, message: "fetch failed" })).toBe("unreachable")
    expect(errorKeyFor({ status: 401, message: "Invalid email or password" })).toBe("loginFailed")
    expect(errorKeyFor({ status: 401, message: "Unauthorized" })).toBe("sessionExpired")
    expect(errorKeyFor({ status: 400, message: "Identity with email already exists" })).toBe("emailTaken")
    expect(errorKeyFor({ status: 404, message: "Cart id not found" })).toBe("cartGone")
    expect(errorKeyFor({ status: 500, message: "An unknown error occurred." })).toBe("generic")
    expect(errorKeyFor(null)).toBe("unreachable")
  })
})

describe("isCardEntryError", () => {
  it("tells card fields left incomplete from a payment the bank refused", () => {
    expect(isCardEntryError({ type: "validation_error" })).toBe(true)
    expect(isCardEntryError({ type: "card_error" })).toBe(false)
    expect(isCardEntryError({ type: "api_connection_error" })).toBe(false)
    expect(isCardEntryError(undefined)).toBe(false)
  })
})

// Key parity, placeholders and non-empty strings for every namespace are checked in messages/messages.test.ts.
describe("commerce messages (cart, checkout, account, order)", () => {
  it.each(["account", "cart", "checkout", "order"])("has the %s namespace in the message files", (namespace) => {
    expect(Object.keys(en)).toContain(namespace)
  })

  // Every error the data layer can return, plus the few keys some actions add to ErrorKey.
  it.each([...ERROR_KEYS, "allInCart", "promoEmpty", "incomplete"])("has a message for the error %s", (key) => {
    const errors = (en as { cart: { errors: Record<string, string> } }).cart.errors
    expect(errors[key]).toEqual(expect.any(String))
  })
})
