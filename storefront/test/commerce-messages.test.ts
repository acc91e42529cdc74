import en from "../messages/en.json"
import { ERROR_KEYS } from "@/modules/checkout/lib/errors"

// Key parity, placeholders and non-empty strings for every namespace are checked in messages.test.ts.
describe("commerce messages (cart, checkout, account, order)", () => {
  it("has the commerce namespaces in the message files", () => {
    for (const namespace of ["account", "cart", "checkout", "order"]) expect(Object.keys(en)).toContain(namespace)
  })

  it("has a message for every error the data layer can return", () => {
    // Plus the few keys some actions add to ErrorKey.
    const keys = [...ERROR_KEYS, "allInCart", "promoEmpty", "incomplete"]
    const errors = (en as { cart: { errors: Record<string, string> } }).cart.errors
    for (const key of keys) expect(errors[key]).toEqual(expect.any(String))
  })
})
