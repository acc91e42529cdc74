import { SIGNATURE_TOLERANCE_SECONDS, signBody, verifySignature } from "./signature"

const secret = "0123456789abcdef0123456789abcdef"
const body = JSON.stringify({ tags: ["products"] })

describe("revalidation signatures", () => {
  it("accepts a fresh signature of the same body", () => {
    expect(verifySignature(body, signBody(body, secret), secret)).toBe(true)
  })

  it.each([
    ["another body", () => [JSON.stringify({ tags: ["cooperatives"] }), signBody(body, secret)]],
    ["another secret", () => [body, signBody(body, "another-secret-another-secret-xx")]],
    ["no header", () => [body, null]],
    ["the old unsigned-timestamp format", () => [body, signBody(body, secret).replace(/^t=\d+,/, "")]],
    ["a replay older than the tolerance", () => [body, signBody(body, secret, Date.now() - (SIGNATURE_TOLERANCE_SECONDS + 5) * 1000)]],
    ["a timestamp from the future", () => [body, signBody(body, secret, Date.now() + (SIGNATURE_TOLERANCE_SECONDS + 5) * 1000)]],
    ["a timestamp swapped after signing", () => [body, signBody(body, secret).replace(/^t=(\d+)/, (_m, t) => `t=${Number(t) - 1}`)]],
  ])("refuses %s", (_label, make) => {
    const [raw, header] = make() as [string, string | null]
    expect(verifySignature(raw, header, secret)).toBe(false)
  })

  it("refuses everything when no secret is configured", () => {
    expect(verifySignature(body, signBody(body, secret), undefined)).toBe(false)
  })
})
