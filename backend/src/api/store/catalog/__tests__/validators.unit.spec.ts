import { zodValidator } from "@medusajs/framework"
import { compareDecimals, StoreCatalogQuery } from "../validators"

// The same validation validateAndTransformQuery runs before GET /store/catalog.
const parse = (query: Record<string, unknown>) => zodValidator(StoreCatalogQuery, query)
const problem = async (query: Record<string, unknown>) => {
  try {
    await parse(query)
  } catch (error: any) {
    return { type: error.type, message: error.message as string }
  }
  throw new Error("expected the query to be refused")
}

describe("StoreCatalogQuery", () => {
  it("applies defaults and trims text, treating blank text as absent", async () => {
    expect(await parse({})).toEqual({ sort: "featured", page: 1, limit: 24 })
    expect(await parse({ q: "  ambar ", category: " ", page: "3", limit: "100", in_stock: "true" })).toEqual({
      q: "ambar",
      category: undefined,
      in_stock: true,
      sort: "featured",
      page: 3,
      limit: 100,
    })
    expect(await parse({ min_price: "10", max_price: "10.00", region_id: "reg_1", in_stock: "false" })).toMatchObject({
      min_price: "10",
      max_price: "10.00",
      in_stock: false,
    })
  })

  it("refuses bad values with invalid_data, naming the parameter", async () => {
    expect(await problem({ limit: "0" })).toEqual({
      type: "invalid_data",
      message: "Invalid request: limit must be a whole number from 1 to 100",
    })
    expect((await problem({ page: "1.5" })).message).toMatch(/page must be a whole number/)
    expect((await problem({ sort: "bogus" })).message).toMatch(/featured, newest, price_asc, price_desc.*'sort'/)
    expect((await problem({ min_price: "abc", region_id: "r" })).message).toMatch(/min_price must be a non-negative decimal amount/)
    expect((await problem({ min_price: "-5", region_id: "r" })).message).toMatch(/min_price/)
    expect((await problem({ category: ["a", "b"] })).message).toMatch(/'category'/)
    expect((await problem({ colour: "red" })).message).toMatch(/'colour'/)
  })

  it("checks the price range against the region and itself", async () => {
    expect((await problem({ max_price: "10" })).message).toMatch(/region_id is required/)
    expect((await problem({ min_price: "50", max_price: "9.99", region_id: "r" })).message).toMatch(/min_price is greater than max_price/)
    expect((await problem({ min_price: "10.001", max_price: "10.0009", region_id: "r" })).message).toMatch(/greater than max_price/)
  })
})

describe("compareDecimals", () => {
  it("compares decimal text exactly", () => {
    expect(compareDecimals("99.5", "99.50")).toBe(0)
    expect(compareDecimals("100", "99.999999999999999999")).toBe(1)
    expect(compareDecimals("0.1", "0.25")).toBe(-1)
    expect(compareDecimals("007", "7.0")).toBe(0)
  })
})
