import { catalogViewKey, decodeCatalogView, encodeCatalogView, shopRewrite } from "./shop-rewrite"

const rewrite = (path: string, region: "us" | "mx" = "us") => {
  const url = new URL(path, "http://shop.test")
  return shopRewrite(url.pathname, url.searchParams, region)
}

describe("shopRewrite", () => {
  it("puts the shopper's region after the language", () => {
    expect(rewrite("/en")).toBe("/en/us")
    expect(rewrite("/es", "mx")).toBe("/es/mx")
    expect(rewrite("/es/cooperatives/tunim-chij", "mx")).toBe("/es/mx/cooperatives/tunim-chij")
    expect(rewrite("/en/account/orders/order_1")).toBe("/en/us/account/orders/order_1")
    expect(rewrite("/en/checkout?payment=failed")).toBe("/en/us/checkout")
  })

  it("leaves the coordinators' portal and paths without a language alone", () => {
    expect(rewrite("/es/cooperativa")).toBeNull()
    expect(rewrite("/es/cooperativa/pedidos/order_1")).toBeNull()
    expect(rewrite("/en/cooperative/login")).toBeNull()
    expect(rewrite("/")).toBeNull()
    expect(rewrite("/fr/store")).toBeNull()
    expect(rewrite("/english")).toBeNull()
  })

  it("sends unknown pages to the shop's 404, including addresses that look internal", () => {
    expect(rewrite("/en/no-such-page")).toBe("/en/us/no-such-page")
    expect(rewrite("/en/us/products/huipil")).toBe("/en/us/us/products/huipil")
    expect(rewrite("/en/store/all")).toBe("/en/us/missing")
    expect(rewrite("/en/products/huipil/variant_1")).toBe("/en/us/missing")
  })

  it("moves a product's chosen variant into the path, ignoring a malformed one", () => {
    expect(rewrite("/en/products/huipil-rojo?v=variant_01ABC")).toBe("/en/us/products/huipil-rojo/variant_01ABC")
    expect(rewrite("/en/products/huipil-rojo?v=../x")).toBe("/en/us/products/huipil-rojo")
    expect(rewrite("/en/products/huipil-rojo?utm_source=mail")).toBe("/en/us/products/huipil-rojo")
  })

  it("caches the catalog's filter views and keeps searches, price ranges and later pages per request", () => {
    expect(rewrite("/en/store")).toBe("/en/us/store/all")
    expect(rewrite("/es/store?category=textiles&sort=newest", "mx")).toBe("/es/mx/store/category~textiles,sort~newest")
    expect(rewrite("/en/store?sort=newest&category=textiles&page=1&_rsc=abc")).toBe("/en/us/store/category~textiles,sort~newest")
    expect(rewrite("/en/store?q=ambar")).toBe("/en/us/store")
    expect(rewrite("/en/store?min_price=10")).toBe("/en/us/store")
    expect(rewrite("/en/store?page=2")).toBe("/en/us/store")
  })
})

describe("catalog views", () => {
  it("has one key per view, whatever the order or spelling of its query", () => {
    const key = catalogViewKey(new URLSearchParams("in_stock=on&technique=brocade&cooperative=tunim-chij&category=Textiles"))
    expect(key).toBe("category~textiles,cooperative~tunim-chij,technique~brocade,in_stock~true")
    expect(catalogViewKey(new URLSearchParams("sort=featured"))).toBe("all")
  })

  it("decodes the keys it makes, and nothing else", () => {
    const query = { category: "textiles", in_stock: true, sort: "price_asc" as const, page: 1 }
    expect(decodeCatalogView(encodeCatalogView(query))).toMatchObject(query)
    expect(decodeCatalogView("all")).toMatchObject({ sort: "featured", page: 1 })
    expect(decodeCatalogView("sort~newest,category~textiles")).toBeNull()
    expect(decodeCatalogView("category~textiles,category~pottery")).toBeNull()
    expect(decodeCatalogView("q~ambar")).toBeNull()
    expect(decodeCatalogView("category~BAD!")).toBeNull()
    expect(decodeCatalogView("sort~featured")).toBeNull()
    expect(decodeCatalogView("%E0%A4%A")).toBeNull()
  })
})
