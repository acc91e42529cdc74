import { medusaBackend, STORE_REGIONS, visitor } from "../../../test/medusa-double"
import { getProduct } from "./products"
import { getRegion } from "./regions"

const backend = medusaBackend()

beforeEach(() => {
  visitor.cookies.clear()
  visitor.locale = "en"
  backend.install()
  backend.on("GET", "/store/regions", { body: STORE_REGIONS })
})

describe("getProduct", () => {
  it("prices the product in the page's region and words it in the page's language, whatever the visitor's cookie", async () => {
    visitor.cookies.set("telar_region", "us")
    backend.on("GET", "/store/products", { body: { products: [{ id: "prod_1", handle: "huipil" }] } })
    expect(await getProduct("huipil", { locale: "es", region: "mx" })).toMatchObject({ id: "prod_1" })
    const request = backend.sent.find((sent) => sent.path === "/store/products")
    expect(request?.query).toMatchObject({ handle: "huipil", region_id: "reg_mx", limit: "1" })
    expect(request?.headers["x-medusa-locale"]).toBe("es-MX")
  })

  it("is one shared cache entry: tagged, cached, kept at most five minutes without a revalidation", async () => {
    visitor.cookies.set("_telar_jwt", "jwt-of-the-visitor")
    backend.on("GET", "/store/products", { body: { products: [] } })
    expect(await getProduct("huipil", { locale: "en", region: "us" })).toBeNull()
    const request = backend.sent.find((sent) => sent.path === "/store/products")
    expect(request).toMatchObject({ cache: "force-cache", tags: ["products", "cooperatives"], revalidate: 300 })
    expect(request?.headers).not.toHaveProperty("authorization")
  })

  it("asks nothing for a handle that cannot be one", async () => {
    expect(await getProduct("../admin", { locale: "en", region: "us" })).toBeNull()
    expect(backend.sent).toEqual([])
  })
})

describe("getRegion", () => {
  it("serves the country it is given, or else the one in the visitor's cookie", async () => {
    visitor.cookies.set("telar_region", "mx")
    expect((await getRegion("us")).id).toBe("reg_us")
    expect((await getRegion()).id).toBe("reg_mx")
    visitor.cookies.set("telar_region", "somewhere")
    expect((await getRegion()).id).toBe("reg_us")
  })
})
