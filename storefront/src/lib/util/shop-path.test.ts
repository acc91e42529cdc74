import { regionFromCookie, returnPath, visiblePath } from "./shop-path"

describe("visiblePath", () => {
  it("gives the address the shopper sees for an internal path", () => {
    expect(visiblePath("/en/us")).toBe("/en")
    expect(visiblePath("/es/mx/store/category~textiles")).toBe("/es/store")
    expect(visiblePath("/en/us/store")).toBe("/en/store")
    expect(visiblePath("/en/mx/products/huipil/variant_1")).toBe("/en/products/huipil")
    expect(visiblePath("/en/us/products/huipil")).toBe("/en/products/huipil")
    expect(visiblePath("/en/us/account/orders/order_1")).toBe("/en/account/orders/order_1")
  })

  it("leaves a visible path as it is", () => {
    for (const path of ["/en", "/es/store", "/en/products/huipil", "/es/cooperativa/pedidos", "/en/usage"]) {
      expect(visiblePath(path)).toBe(path)
    }
  })
})

describe("regionFromCookie", () => {
  it("reads Mexico, and the United States for anything else", () => {
    expect(regionFromCookie("mx")).toBe("mx")
    expect(regionFromCookie("us")).toBe("us")
    expect(regionFromCookie("MX")).toBe("us")
    expect(regionFromCookie(undefined)).toBe("us")
  })
})

describe("returnPath", () => {
  it("goes back to the shop page the form was posted from, query included", () => {
    expect(returnPath("http://shop.test/es/products/huipil?v=variant_1", "es")).toBe("/es/products/huipil?v=variant_1")
    expect(returnPath("https://shop.test/en", "en")).toBe("/en")
  })

  it("never leaves the shop: other paths, other sites' tricks and no Referer go home", () => {
    expect(returnPath("http://shop.test//evil.test/en", "en")).toBe("/en")
    expect(returnPath("http://shop.test/api/cart", "es")).toBe("/es")
    expect(returnPath("not a url", "es")).toBe("/es")
    expect(returnPath(null, "fr")).toBe("/en")
  })
})
