import { firstIncomplete } from "./types"

describe("firstIncomplete", () => {
  it("opens the first step the cart still lacks", () => {
    expect(firstIncomplete({ email: false, address: true, shipping: true })).toBe("email")
    expect(firstIncomplete({ email: true, address: false, shipping: false })).toBe("address")
    expect(firstIncomplete({ email: true, address: true, shipping: false })).toBe("shipping")
    expect(firstIncomplete({ email: true, address: true, shipping: true })).toBe("payment")
  })
})
