import { parseCatalogQuery } from "../validators"

const problem = (query: Record<string, unknown>) => {
  try {
    parseCatalogQuery(query)
  } catch (error: any) {
    return { type: error.type, message: error.message }
  }
  throw new Error("expected the query to be refused")
}

describe("parseCatalogQuery", () => {
  it("applies defaults and trims text, treating blank text as absent", () => {
    expect(parseCatalogQuery({})).toEqual({ sort: "featured", page: 1, limit: 24 })
    expect(parseCatalogQuery({ q: "  ambar ", category: " ", page: "3", limit: "100", in_stock: "true" })).toEqual({
      q: "ambar",
      category: undefined,
      cooperative: undefined,
      technique: undefined,
      region_id: undefined,
      in_stock: "true",
      sort: "featured",
      page: 3,
      limit: 100,
    })
  })

  it("refuses bad values with invalid_data and names every problem", () => {
    expect(problem({ limit: "0" })).toEqual({
      type: "invalid_data",
      message: "Invalid catalog query: limit must be a whole number from 1 to 100.",
    })
    const many = problem({ sort: "bogus", min_price: "abc", page: "1.5", category: ["a", "b"] })
    expect(many.message).toMatch(/sort must be one of featured, newest, price_asc, price_desc/)
    expect(many.message).toMatch(/min_price must be a non-negative decimal amount/)
    expect(many.message).toMatch(/page must be a whole number/)
    expect(many.message).toMatch(/category must be given once/)
    expect(problem({ colour: "red" }).message).toMatch(/"colour"/)
    expect(problem({ min_price: "-5" }).message).toMatch(/min_price/)
  })
})
