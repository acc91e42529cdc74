import { medusaBackend, visitor } from "../../../test/medusa-double"
import { getImpact } from "./impact"

const backend = medusaBackend()
const IMPACT = {
  cooperatives: 2,
  artisans: 3,
  member_families: 59,
  products: 5,
  average_cooperative_share_bps: 4964,
  paid_to_cooperatives: { amount: 152525, currency_code: "mxn" },
  families_reached: 42,
}

beforeEach(() => {
  visitor.cookies.clear()
  backend.install()
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("getImpact", () => {
  it("reads the network's numbers with the paid figures, one shared cache entry refreshed by the impact tag", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    backend.on("GET", "/store/impact", { body: IMPACT })
    expect(await getImpact()).toEqual(IMPACT)
    const [request] = backend.sent
    expect(request).toMatchObject({ path: "/store/impact", cache: "force-cache", revalidate: 300 })
    // A payout marked paid sends "impact"; cooperatives and prices move the other numbers.
    expect(request.tags).toEqual(["products", "cooperatives", "exchange-rate", "impact"])
    expect(request.headers).not.toHaveProperty("authorization")
  })

  it("is null when the backend cannot answer, and the home page goes on without the band", async () => {
    backend.on("GET", "/store/impact", { status: 500, body: { message: "boom" } })
    expect(await getImpact()).toBeNull()
  })
})
