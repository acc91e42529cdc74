import { signBody } from "@/lib/util/signature"

jest.mock("server-only", () => ({}), { virtual: true })
jest.mock("@/lib/data/client", () => ({
  TAGS: { products: "products", cooperatives: "cooperatives", categories: "categories", regions: "regions", exchangeRate: "exchange-rate" },
}))
const revalidateTag = jest.fn()
jest.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

import { POST } from "./route"

const SECRET = "test-secret"

function request(body: string, signature?: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (signature) headers["x-telar-signature"] = signature
  return new Request("http://localhost/api/revalidate", { method: "POST", body, headers })
}

describe("POST /api/revalidate", () => {
  const previous = process.env.REVALIDATE_SECRET
  beforeEach(() => {
    process.env.REVALIDATE_SECRET = SECRET
    revalidateTag.mockClear()
  })
  afterAll(() => {
    process.env.REVALIDATE_SECRET = previous
  })

  it("revalidates the known tags of a correctly signed request", async () => {
    const body = JSON.stringify({ tags: ["products", "exchange-rate", "nonsense", "products"] })
    const response = await POST(request(body, signBody(body, SECRET)))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: ["products", "exchange-rate"], ignored: ["nonsense"] })
    expect(revalidateTag.mock.calls.map((call) => call[0])).toEqual(["products", "exchange-rate"])
  })

  it("answers 401 to a missing or wrong signature without revalidating", async () => {
    const body = JSON.stringify({ tags: ["products"] })
    expect((await POST(request(body))).status).toBe(401)
    expect((await POST(request(body, signBody(body, "wrong")))).status).toBe(401)
    delete process.env.REVALIDATE_SECRET
    expect((await POST(request(body, signBody(body, SECRET)))).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("answers 400 to signed bodies that are not JSON or lack tags", async () => {
    const broken = "{tags: products"
    expect((await POST(request(broken, signBody(broken, SECRET)))).status).toBe(400)
    const wrongShape = JSON.stringify({ tags: "products" })
    expect((await POST(request(wrongShape, signBody(wrongShape, SECRET)))).status).toBe(400)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("refuses a replay of a correctly signed request once it is older than five minutes", async () => {
    const body = JSON.stringify({ tags: ["products"] })
    const stale = signBody(body, SECRET, Date.now() - 6 * 60 * 1000)
    expect((await POST(request(body, stale))).status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("answers 413 from the declared length, before reading the body", async () => {
    const body = JSON.stringify({ tags: ["products"] })
    const big = new Request("http://localhost/api/revalidate", {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "content-length": String(10 * 1024 * 1024),
        "x-telar-signature": signBody(body, SECRET),
      },
    })
    expect((await POST(big)).status).toBe(413)
  })
})
