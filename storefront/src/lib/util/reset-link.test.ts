import { queryValue, resetLinkState } from "./reset-link"

const jwt = (claims: Record<string, unknown>) =>
  ["header", Buffer.from(JSON.stringify(claims)).toString("base64url"), "signature"].join(".")
const now = Date.UTC(2026, 11, 1, 12, 0, 0)

describe("resetLinkState", () => {
  it("lets a person choose a password while the token's exp is ahead", () => {
    expect(resetLinkState(jwt({ exp: now / 1000 + 60, purpose: "reset" }), now)).toBe("usable")
  })

  it("spares typing a password into a link that expired", () => {
    expect(resetLinkState(jwt({ exp: now / 1000 - 1 }), now)).toBe("invalid")
  })

  it("calls a link without token missing, and a token cut short or garbled invalid", () => {
    expect(resetLinkState("", now)).toBe("missing")
    expect(resetLinkState(undefined, now)).toBe("missing")
    expect(resetLinkState("eyJhbGciOi", now)).toBe("invalid")
    expect(resetLinkState("a.%%%.c", now)).toBe("invalid")
  })

  it("leaves a token without exp to the backend", () => {
    expect(resetLinkState(jwt({ purpose: "reset" }), now)).toBe("usable")
  })
})

describe("queryValue", () => {
  it("takes the first of repeated parameters and '' for none", () => {
    expect(queryValue("abc")).toBe("abc")
    expect(queryValue(["a", "b"])).toBe("a")
    expect(queryValue(undefined)).toBe("")
  })
})
