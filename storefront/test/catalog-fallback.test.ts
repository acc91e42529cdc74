import { fallbackItemFromProduct, normalizeText, runCatalogQuery, techniqueTerms, type FallbackItem } from "@/lib/util/catalog-fallback"
import type { Product } from "@/lib/util/types"

function product(overrides: {
  id: string
  title: string
  price?: number
  currency?: string
  stock?: number[]
  technique?: string
  category?: [string, string]
  cooperative?: [string, string, string]
  created?: string
  oneOfAKind?: boolean
}): Product {
  const currency = overrides.currency ?? "usd"
  return {
    id: overrides.id,
    handle: overrides.id,
    title: overrides.title,
    thumbnail: `https://example.test/${overrides.id}.svg`,
    created_at: overrides.created ?? "2026-01-01T00:00:00.000Z",
    metadata: { technique: overrides.technique ?? null, one_of_a_kind: overrides.oneOfAKind ?? false },
    categories: overrides.category ? [{ id: overrides.category[0], handle: overrides.category[0], name: overrides.category[1] }] : [],
    cooperative: overrides.cooperative
      ? { handle: overrides.cooperative[0], name: overrides.cooperative[1], community: overrides.cooperative[2] }
      : null,
    variants: (overrides.stock ?? [5]).map((quantity, index) => ({
      id: `${overrides.id}-v${index}`,
      manage_inventory: true,
      allow_backorder: false,
      inventory_quantity: quantity,
      calculated_price: overrides.price === undefined ? undefined : { calculated_amount: overrides.price + index, currency_code: currency },
    })),
  } as unknown as Product
}

const items: FallbackItem[] = [
  product({ id: "pendant", title: "Ámbar Teardrop Pendant", price: 48, technique: "Hand cutting and polishing, silver setting", category: ["jewelry", "Jewelry"], cooperative: ["kanal-pom", "K'anal Pom", "Simojovel"], created: "2026-01-03T00:00:00Z" }),
  product({ id: "huipil", title: "Brocaded Huipil", price: 420, technique: "Backstrap loom, supplementary-weft brocade", category: ["huipiles", "Huipiles"], cooperative: ["batsi-kuul", "Bats'i K'u'ul", "Larráinzar"], oneOfAKind: true, stock: [1], created: "2026-01-01T00:00:00Z" }),
  product({ id: "jaguar", title: "Clay Jaguar", price: 64, technique: "Hand modelling, open firing", category: ["pottery", "Pottery"], cooperative: ["chul-lum", "Ch'ul Lum", "Amatenango"], stock: [0, 0], created: "2026-01-02T00:00:00Z" }),
  product({ id: "ring", title: "Amber Ring", price: 42, technique: "Hand cutting and polishing", category: ["jewelry", "Jewelry"], cooperative: ["kanal-pom", "K'anal Pom", "Simojovel"], created: "2026-01-04T00:00:00Z" }),
].map((entry, index) => fallbackItemFromProduct(entry, index))

describe("normalizeText / techniqueTerms", () => {
  it("ignores accents and case", () => {
    expect(normalizeText("  ÁMBAR  Niño ")).toBe("ambar nino")
  })

  it("splits a technique description into terms", () => {
    expect(techniqueTerms("Backstrap loom, supplementary-weft brocade (fine)")).toEqual(["Backstrap loom", "Supplementary-weft brocade"])
    expect(techniqueTerms(null)).toEqual([])
  })
})

describe("fallbackItemFromProduct", () => {
  it("takes the lowest variant price, stock and flags", () => {
    const [pendant, huipil, jaguar] = items
    expect(pendant.price).toEqual({ amount: "48.00", currency_code: "usd" })
    expect(huipil.one_of_a_kind).toBe(true)
    expect(jaguar.in_stock).toBe(false)
    expect(jaguar.inventory).toBe(0)
    expect(pendant.category).toEqual({ handle: "jewelry", name: "Jewelry" })
  })
})

describe("runCatalogQuery", () => {
  it("searches accent- and case-insensitively over title, cooperative and technique", () => {
    expect(runCatalogQuery(items, { q: "ambar" }, 24).products.map((p) => p.id)).toEqual(["pendant"])
    expect(runCatalogQuery(items, { q: "ÁMBAR" }, 24).products.map((p) => p.id)).toEqual(["pendant"])
    expect(runCatalogQuery(items, { q: "amber" }, 24).products.map((p) => p.id)).toEqual(["ring"])
    expect(runCatalogQuery(items, { q: "AMATENANGO" }, 24).products.map((p) => p.id)).toEqual(["jaguar"])
    expect(runCatalogQuery(items, { q: "silver ambar" }, 24).products.map((p) => p.id)).toEqual(["pendant"])
  })

  it("filters by category, cooperative, technique term, stock and price range (inclusive)", () => {
    expect(runCatalogQuery(items, { category: "jewelry" }, 24).count).toBe(2)
    expect(runCatalogQuery(items, { cooperative: "chul-lum" }, 24).count).toBe(1)
    expect(runCatalogQuery(items, { technique: "silver setting" }, 24).products.map((p) => p.id)).toEqual(["pendant"])
    expect(runCatalogQuery(items, { in_stock: true }, 24).products.map((p) => p.id)).not.toContain("jaguar")
    expect(runCatalogQuery(items, { min_price: "48", max_price: "64" }, 24).products.map((p) => p.id).sort()).toEqual(["jaguar", "pendant"])
  })

  it("sorts by price both ways, by newest, and puts available pieces first for featured", () => {
    expect(runCatalogQuery(items, { sort: "price_asc" }, 24).products.map((p) => p.id)).toEqual(["ring", "pendant", "jaguar", "huipil"])
    expect(runCatalogQuery(items, { sort: "price_desc" }, 24).products.map((p) => p.id)).toEqual(["huipil", "jaguar", "pendant", "ring"])
    expect(runCatalogQuery(items, { sort: "newest" }, 24).products.map((p) => p.id)).toEqual(["ring", "pendant", "jaguar", "huipil"])
    expect(runCatalogQuery(items, { sort: "featured" }, 24).products.map((p) => p.id)).toEqual(["huipil", "pendant", "ring", "jaguar"])
  })

  it("paginates and clamps the page", () => {
    const second = runCatalogQuery(items, { sort: "price_asc", page: 2 }, 3)
    expect(second).toMatchObject({ count: 4, page: 2, pages: 2, limit: 3 })
    expect(second.products.map((p) => p.id)).toEqual(["huipil"])
    expect(runCatalogQuery(items, { page: 99 }, 3).page).toBe(2)
  })

  it("counts each facet with the other filters applied, but not its own", () => {
    const result = runCatalogQuery(items, { category: "jewelry" }, 24)
    // Category counts ignore the category filter, so shoppers can switch category.
    expect(result.facets.categories).toEqual([
      { handle: "huipiles", name: "Huipiles", count: 1 },
      { handle: "jewelry", name: "Jewelry", count: 2 },
      { handle: "pottery", name: "Pottery", count: 1 },
    ])
    // Cooperative counts respect the category filter.
    expect(result.facets.cooperatives).toEqual([{ handle: "kanal-pom", name: "K'anal Pom", count: 2 }])
    expect(result.facets.price).toEqual({ min: "42.00", max: "48.00", currency_code: "usd" })
  })

  it("does not leak internal search fields into the response", () => {
    const [first] = runCatalogQuery(items, {}, 1).products
    expect(Object.keys(first).sort()).toEqual(
      ["category", "cooperative", "handle", "id", "in_stock", "inventory", "one_of_a_kind", "price", "technique", "thumbnail", "title"].sort()
    )
  })
})
