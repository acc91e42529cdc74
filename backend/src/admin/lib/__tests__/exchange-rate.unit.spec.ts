import { assertSaneExchangeRate } from "../../../modules/cooperative/rules/exchange-rate"
import { type AdminApiError, apiPath, errorFromResponse } from "../api"
import { jumpWarning, needsJumpConfirmation, rateChangePercent, rateInForce } from "../exchange-rate"
import type { AdminExchangeRate } from "../types"

const row = (id: string, from: string, to: string, rate: string): AdminExchangeRate => ({
  id,
  from_currency: from,
  to_currency: to,
  rate,
  set_by: null,
  note: null,
  created_at: "2026-12-06T10:00:00.000Z",
})

/** What the API answers for a refused rate: the rule's own MedusaError, as Medusa's error handler sends it. */
function apiRefusal(input: Parameters<typeof assertSaneExchangeRate>[0]): AdminApiError {
  try {
    assertSaneExchangeRate(input)
  } catch (error) {
    const { type, message } = error as { type: string; message: string }
    return errorFromResponse(400, { type, message })
  }
  throw new Error("the rate was accepted")
}

describe("exchange rates in the admin", () => {
  it("takes the newest row of the pair as the rate in force", () => {
    const history = [row("xrate_3", "eur", "mxn", "20.1"), row("xrate_2", "usd", "mxn", "18.25"), row("xrate_1", "usd", "mxn", "17.9")]
    expect(rateInForce(history, "USD", "MXN")).toMatchObject({ from: "usd", to: "mxn", rate: "18.25" })
    expect(rateInForce([], "usd", "mxn")).toBeNull()
    expect(rateInForce(undefined, "usd", "mxn")).toBeNull()
  })

  it("offers a confirmation only for the API's jump refusal, not for an implausible rate", () => {
    const jump = apiRefusal({ from: "usd", to: "mxn", rate: "23", current: "18.25" })
    expect(needsJumpConfirmation(jump)).toBe(true)
    const typo = apiRefusal({ from: "usd", to: "mxn", rate: "1.825", current: "18.25" })
    expect(needsJumpConfirmation(typo)).toBe(false)
    expect(needsJumpConfirmation(new Error("network"))).toBe(false)
  })

  it("shows the jump without the instruction meant for API clients", () => {
    const jump = apiRefusal({ from: "usd", to: "mxn", rate: "23", current: "18.25" })
    expect(jumpWarning(jump.message)).toBe("23 differs from the rate in force (18.25) by 26 %.")
    expect(jumpWarning("Something else.")).toBe("Something else.")
  })

  it("previews the change against the rate in force", () => {
    expect(rateChangePercent("18.25", "23")).toBe(26)
    expect(rateChangePercent("18.25", "17.5")).toBe(-4)
    expect(rateChangePercent(null, "18")).toBeNull()
    expect(rateChangePercent("18.25", "abc")).toBeNull()
  })
})

describe("admin API errors", () => {
  it("keeps the backend's message and type, and explains bare statuses", () => {
    const error = errorFromResponse(400, { type: "invalid_data", message: "Invalid request: Field 'name' is required" })
    expect(error).toMatchObject({ status: 400, type: "invalid_data", message: "Invalid request: Field 'name' is required" })
    expect(errorFromResponse(401, null).message).toMatch(/log in again/)
    expect(errorFromResponse(502, "<html>").message).toMatch(/HTTP 502/)
  })

  it("builds query strings without empty values", () => {
    expect(apiPath("/admin/cooperatives", { limit: 20, q: "", offset: 0, fields: "+products.id" })).toBe(
      "/admin/cooperatives?limit=20&offset=0&fields=%2Bproducts.id"
    )
    expect(apiPath("/admin/x", { type: ["earning", "payout"], order_id: undefined })).toBe("/admin/x?type=earning&type=payout")
    expect(apiPath("/admin/x")).toBe("/admin/x")
  })
})
