import {
  catalogBackendQuery,
  catalogHref,
  catalogSearchParams,
  hasActiveFilters,
  pageWindow,
  parseCatalogSearchParams,
} from "./catalog-query"

describe("parseCatalogSearchParams", () => {
  it("reads every supported parameter", () => {
    const query = parseCatalogSearchParams({
      q: "  ámbar  ",
      category: "Jewelry",
      cooperative: "kanal-pom",
      technique: "amber",
      min_price: "20",
      max_price: "99.5",
      in_stock: "true",
      sort: "price_desc",
      page: "3",
    })
    expect(query).toEqual({
      q: "ámbar",
      category: "jewelry",
      cooperative: "kanal-pom",
      technique: "amber",
      min_price: "20",
      max_price: "99.5",
      in_stock: true,
      sort: "price_desc",
      page: 3,
    })
  })

  it("drops malformed values instead of passing them to the backend", () => {
    // A technique is a key of the backend's short list; an old free-text link is dropped.
    expect(parseCatalogSearchParams({ technique: "Backstrap loom, brocade" }).technique).toBeUndefined()
    const query = parseCatalogSearchParams({
      category: "../../admin",
      min_price: "-5",
      max_price: "1e9",
      in_stock: "maybe",
      sort: "random",
      page: "0",
    })
    expect(query).toEqual({ sort: "featured", page: 1 })
  })

  it("takes the first of repeated parameters and caps long text", () => {
    const query = parseCatalogSearchParams({ q: ["huipil", "rebozo"], page: ["2", "9"] })
    expect(query.q).toBe("huipil")
    expect(query.page).toBe(2)
    expect(parseCatalogSearchParams({ q: "x".repeat(500) }).q).toHaveLength(100)
  })

  it("accepts a decimal comma and swaps a reversed price range", () => {
    const query = parseCatalogSearchParams({ min_price: "300", max_price: "49,50" })
    expect(query.min_price).toBe("49.50")
    expect(query.max_price).toBe("300")
  })
})

describe("catalogSearchParams / catalogHref", () => {
  it("leaves defaults out and keeps a fixed order", () => {
    expect(catalogSearchParams({ sort: "featured", page: 1 }).toString()).toBe("")
    expect(catalogSearchParams({ page: 2, sort: "newest", q: "barro", in_stock: true }).toString()).toBe(
      "q=barro&in_stock=true&sort=newest&page=2"
    )
  })

  it("goes back to page 1 when a filter changes, but not when paging", () => {
    const current = parseCatalogSearchParams({ category: "huipiles", page: "4" })
    expect(catalogHref("en", current, { cooperative: "batsi-kuul" })).toBe("/en/store?category=huipiles&cooperative=batsi-kuul")
    expect(catalogHref("es", current, { page: 5 })).toBe("/es/store?category=huipiles&page=5")
  })

  it("removes a filter when patched with undefined and encodes text", () => {
    const current = parseCatalogSearchParams({ category: "huipiles", q: "ámbar, collar" })
    expect(catalogHref("en", current, { category: undefined })).toBe("/en/store?q=%C3%A1mbar%2C+collar")
    expect(catalogHref("en", {}, {})).toBe("/en/store")
  })
})

describe("catalogBackendQuery", () => {
  it("builds the /store/catalog query with the region and limit", () => {
    const query = parseCatalogSearchParams({ q: "ambar", in_stock: "1", min_price: "10" })
    expect(catalogBackendQuery(query, "reg_123", 8)).toEqual({
      q: "ambar",
      in_stock: "true",
      min_price: "10",
      sort: "featured",
      page: 1,
      limit: 8,
      region_id: "reg_123",
    })
  })
})

describe("hasActiveFilters", () => {
  it("ignores sort and page", () => {
    expect(hasActiveFilters({ sort: "newest", page: 3 })).toBe(false)
    expect(hasActiveFilters({ in_stock: true })).toBe(true)
  })
})

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(5, 10)).toEqual([1, "gap", 4, 5, 6, "gap", 10])
    // A gap of a single page shows the page instead of an ellipsis.
    expect(pageWindow(3, 6)).toEqual([1, 2, 3, 4, 5, 6])
  })
})
