import { readPortalForm } from "./portal-form"

describe("readPortalForm", () => {
  it("reads what a form left for its page: a known problem, the email typed, a link sent", () => {
    expect(readPortalForm(JSON.stringify({ error: "loginFailed", email: "ana@coop.test" }))).toEqual({
      error: "loginFailed",
      email: "ana@coop.test",
    })
    expect(readPortalForm(JSON.stringify({ sent: true }))).toEqual({ sent: true })
  })

  it.each([
    ["no cookie", undefined],
    ["a cookie cut short", '{"error":"login'],
    ["a problem the page has no words for", JSON.stringify({ error: "<script>" })],
    ["a list", "[1,2]"],
    ["sent that is not true", JSON.stringify({ sent: "yes" })],
  ])("answers null for %s", (_case, raw) => {
    expect(readPortalForm(raw)).toBeNull()
  })
})
