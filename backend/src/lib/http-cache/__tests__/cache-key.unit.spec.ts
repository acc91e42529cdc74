import { normalizeUrl, responseCacheKey } from "../cache-key"

describe("normalizeUrl", () => {
  it("orders query parameters by name", () => {
    expect(normalizeUrl("/store/products?offset=0&limit=12&region_id=reg_1")).toBe("/store/products?limit=12&offset=0&region_id=reg_1")
    expect(normalizeUrl("/store/products?limit=12&offset=0")).toBe(normalizeUrl("/store/products?offset=0&limit=12"))
  })

  it("keeps the order of the values of one parameter, however it is spelled", () => {
    expect(normalizeUrl("/store/products?fields=b&limit=1&fields=a")).toBe("/store/products?fields=b&fields=a&limit=1")
    expect(normalizeUrl("/store/products?id[]=b&handle=x&id=a")).toBe("/store/products?handle=x&id[]=b&id=a")
    expect(normalizeUrl("/store/products?id%5B%5D=b&id=a")).toBe("/store/products?id%5B%5D=b&id=a")
    expect(normalizeUrl("/store/catalog?q.b=1&q=2&a=0")).toBe("/store/catalog?a=0&q.b=1&q=2")
    expect(normalizeUrl("/store/products?fields=b&fields=a")).not.toBe(normalizeUrl("/store/products?fields=a&fields=b"))
  })

  it("decodes no value, so differently escaped values never share an entry", () => {
    expect(normalizeUrl("/store/catalog?q=a%2Cb")).not.toBe(normalizeUrl("/store/catalog?q=a,b"))
    expect(normalizeUrl("/store/catalog?q=%E0%A4%A")).toBe("/store/catalog?q=%E0%A4%A")
  })

  it("drops empty parameters, a lone question mark and a fragment, and keeps the path as it is", () => {
    expect(normalizeUrl("/store/catalog?&&limit=2&")).toBe("/store/catalog?limit=2")
    expect(normalizeUrl("/store/catalog?")).toBe("/store/catalog")
    expect(normalizeUrl("/store/catalog?b=1&a=2#top")).toBe("/store/catalog?a=2&b=1")
    expect(normalizeUrl("/store/products/PROD_1")).toBe("/store/products/PROD_1")
    expect(normalizeUrl("/store/products/PROD_1")).not.toBe(normalizeUrl("/store/products/prod_1"))
  })
})

describe("responseCacheKey", () => {
  const base = {
    generation: "3",
    method: "GET",
    url: "/store/catalog?region_id=reg_1&limit=24",
    publishableKey: "pk_1",
    salesChannelIds: ["sc_2", "sc_1"],
    locale: "es-MX",
  }

  it("is the same for the same request, whatever the order of its parameters and sales channels", () => {
    expect(responseCacheKey(base)).toBe(
      responseCacheKey({ ...base, url: "/store/catalog?limit=24&region_id=reg_1", salesChannelIds: ["sc_1", "sc_2"], method: "get" })
    )
  })

  it("differs in every part an answer depends on", () => {
    const key = responseCacheKey(base)
    for (const change of [
      { generation: "4" },
      { method: "HEAD" },
      { url: "/store/catalog?region_id=reg_2&limit=24" },
      { publishableKey: "pk_2" },
      { salesChannelIds: ["sc_1"] },
      { locale: "en-US" },
      { locale: undefined },
    ]) {
      expect(responseCacheKey({ ...base, ...change })).not.toBe(key)
    }
  })
})
