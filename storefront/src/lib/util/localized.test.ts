import { localized, localizedList } from "./localized"

describe("localized", () => {
  it("gives the shopper's language, else the other one", () => {
    expect(localized("es", "Floral embroidery", "Bordado floral")).toBe("Bordado floral")
    expect(localized("en", "Floral embroidery", "Bordado floral")).toBe("Floral embroidery")
    expect(localized("es", "Floral embroidery", null)).toBe("Floral embroidery")
    expect(localized("es", "Floral embroidery", "  ")).toBe("Floral embroidery")
  })
})

describe("localizedList", () => {
  const crafts = ["backstrap loom weaving", "floral embroidery"]
  const craftsEs = ["tejido en telar de cintura", "bordado floral"]

  it("gives the Spanish list on /es and the English one on /en", () => {
    expect(localizedList("es", crafts, craftsEs)).toEqual(craftsEs)
    expect(localizedList("en", crafts, craftsEs)).toEqual(crafts)
  })

  it("falls back to the other language when the list is missing or blank", () => {
    expect(localizedList("es", crafts, [])).toEqual(crafts)
    expect(localizedList("es", crafts, undefined)).toEqual(crafts)
    expect(localizedList("es", crafts, [" ", ""])).toEqual(crafts)
    expect(localizedList("en", null, craftsEs)).toEqual(craftsEs)
    expect(localizedList("en", null, null)).toEqual([])
  })
})
