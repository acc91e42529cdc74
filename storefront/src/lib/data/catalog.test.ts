import { medusaBackend, STORE_REGIONS, visitor } from "../../../test/medusa-double"
import { searchCatalog } from "./catalog"

const backend = medusaBackend()
const US = { locale: "en", region: "us" } as const

beforeEach(() => {
  visitor.cookies.clear()
  visitor.locale = "en"
  backend.install()
  backend.on("GET", "/store/regions", { body: STORE_REGIONS })
  jest.spyOn(console, "error").mockImplementation(() => undefined)
})

describe("searchCatalog", () => {
  it("asks the catalog route for the shopper's filters, and the page's region and language", async () => {
    backend.on("GET", "/store/catalog", { body: { products: [], count: 0 } })
    await searchCatalog(
      { q: "huipil", cooperative: "tunim-chij", min_price: "10", in_stock: true, sort: "price_asc", page: 2 },
      { locale: "es", region: "mx" },
      12
    )
    const request = backend.sent.find((sent) => sent.path === "/store/catalog")
    expect(request?.query).toEqual({
      q: "huipil",
      cooperative: "tunim-chij",
      min_price: "10",
      in_stock: "true",
      sort: "price_asc",
      page: "2",
      limit: "12",
      region_id: "reg_mx",
    })
    expect(request?.headers["x-medusa-locale"]).toBe("es-MX")
  })

  it("reads nothing of the visitor: not their region cookie, language or token", async () => {
    visitor.locale = "es"
    visitor.cookies.set("telar_region", "mx")
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    backend.on("GET", "/store/catalog", { body: {} })
    await searchCatalog({}, US)
    const request = backend.sent.find((sent) => sent.path === "/store/catalog")
    expect(request?.query.region_id).toBe("reg_us")
    expect(request?.headers["x-medusa-locale"]).not.toBe("es-MX")
    expect(request?.headers).not.toHaveProperty("authorization")
  })

  it("shares one cache entry between visitors: tagged and cached", async () => {
    backend.on("GET", "/store/catalog", { body: {} })
    await searchCatalog({}, US)
    const request = backend.sent.find((sent) => sent.path === "/store/catalog")
    expect(request).toMatchObject({
      cache: "force-cache",
      tags: ["products", "categories", "cooperatives"],
      query: { sort: "featured", page: "1", limit: "24", region_id: "reg_us" },
    })
  })

  it("fills in whatever a partial answer leaves out", async () => {
    backend.on("GET", "/store/catalog", {
      body: { products: [{ id: "prod_1" }], pages: 0, facets: { techniques: [{ value: "brocade" }] } },
    })
    expect(await searchCatalog({}, US, 6)).toEqual({
      products: [{ id: "prod_1" }],
      count: 1,
      page: 1,
      limit: 6,
      pages: 1,
      facets: { categories: [], cooperatives: [], techniques: [{ value: "brocade" }], price: null },
    })
  })

  it("answers an empty page marked unavailable when the search index cannot answer (503)", async () => {
    backend.on("GET", "/store/catalog", { status: 503, body: { message: "search index unavailable" } })
    expect(await searchCatalog({}, US)).toMatchObject({ products: [], count: 0, pages: 1, searchUnavailable: true })
  })

  it("lets every other failure through, for the error page", async () => {
    backend.on("GET", "/store/catalog", { status: 500, body: { message: "boom" } })
    await expect(searchCatalog({}, US)).rejects.toMatchObject({ status: 500, message: "boom" })
  })
})
