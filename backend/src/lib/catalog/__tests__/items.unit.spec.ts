import { buildCatalogPage, computeFacets, matchesFilters, sortItems, type CatalogItem } from "../items"
import { techniqueKeys } from "../techniques"
import { products as seededProducts } from "../../../scripts/seed-data/catalog"

let sequence = 0
function item(overrides: Partial<CatalogItem> & { id: string }): CatalogItem {
  sequence++
  return {
    handle: overrides.id,
    title: overrides.id,
    thumbnail: null,
    technique: null,
    categories: [],
    cooperative: null,
    price: null,
    one_of_a_kind: false,
    in_stock: true,
    inventory: 1,
    created_at: new Date(Date.UTC(2026, 0, sequence)).toISOString(),
    rank: null,
    techniques: techniqueKeys(overrides.technique),
    ...overrides,
  }
}

const textiles = { handle: "textiles", name: "Textiles" }
const pottery = { handle: "pottery", name: "Pottery" }
const tejedoras = { handle: "tejedoras", name: "Tejedoras", community: "Zinacantán" }
const artesanas = { handle: "artesanas", name: "Artesanas", community: "Chiapa" }

const huipil = item({ id: "huipil", categories: [textiles], cooperative: tejedoras, technique: "Backstrap loom", price: 12800 })
const sash = item({ id: "sash", categories: [textiles], cooperative: tejedoras, technique: "backstrap loom", price: 4000 })
const bowl = item({ id: "bowl", categories: [pottery], cooperative: artesanas, technique: "Laca", price: 6000 })
const jaguar = item({
  id: "jaguar",
  categories: [pottery],
  cooperative: artesanas,
  technique: "clay",
  price: 3000,
  in_stock: false,
  inventory: 0,
})
const unpriced = item({ id: "unpriced", categories: [pottery], cooperative: null, technique: null, price: null })
const all = [huipil, sash, bowl, jaguar, unpriced]

describe("matchesFilters", () => {
  it("applies every filter; a technique filter is a key of the short list", () => {
    expect(all.filter((i) => matchesFilters(i, { category: "textiles" })).map((i) => i.id)).toEqual(["huipil", "sash"])
    expect(all.filter((i) => matchesFilters(i, { cooperative: "artesanas" })).map((i) => i.id)).toEqual(["bowl", "jaguar"])
    expect(all.filter((i) => matchesFilters(i, { technique: "backstrap-loom" })).map((i) => i.id)).toEqual(["huipil", "sash"])
    expect(all.filter((i) => matchesFilters(i, { technique: "lacquer" })).map((i) => i.id)).toEqual(["bowl"])
    expect(all.filter((i) => matchesFilters(i, { in_stock: true })).map((i) => i.id)).not.toContain("jaguar")
  })

  it("keeps price bounds inclusive and drops unpriced items from a price range", () => {
    const ids = all.filter((i) => matchesFilters(i, { min_price: 4000, max_price: 6000 })).map((i) => i.id)
    expect(ids).toEqual(["sash", "bowl"])
    expect(all.filter((i) => matchesFilters(i, { min_price: 0 })).map((i) => i.id)).not.toContain("unpriced")
  })
})

describe("computeFacets", () => {
  it("counts each facet on the other filters, techniques by their short-list key", () => {
    const facets = computeFacets(all, { category: "textiles", in_stock: true }, "usd")
    expect(facets.categories).toEqual([
      { handle: "pottery", name: "Pottery", count: 2 },
      { handle: "textiles", name: "Textiles", count: 2 },
    ])
    expect(facets.cooperatives).toEqual([{ handle: "tejedoras", name: "Tejedoras", count: 2 }])
    expect(facets.techniques).toEqual([{ value: "backstrap-loom", label: "Backstrap loom", count: 2 }])
    expect(facets.price).toEqual({ min: "40.00", max: "128.00", currency_code: "usd" })
  })

  it("has no price facet without a currency or without prices", () => {
    expect(computeFacets(all, {}, null).price).toBeNull()
    expect(computeFacets([unpriced], {}, "usd").price).toBeNull()
  })

  it("ignores the price filter for the price facet only", () => {
    const facets = computeFacets(all, { min_price: 5000 }, "mxn")
    expect(facets.price).toEqual({ min: "30.00", max: "128.00", currency_code: "mxn" })
    expect(facets.categories).toEqual([
      { handle: "pottery", name: "Pottery", count: 1 },
      { handle: "textiles", name: "Textiles", count: 1 },
    ])
  })
})

describe("sortItems", () => {
  const ids = (items: CatalogItem[]) => items.map((i) => i.id)

  it("orders by price with unpriced items last both ways", () => {
    expect(ids(sortItems(all, "price_asc"))).toEqual(["jaguar", "sash", "bowl", "huipil", "unpriced"])
    expect(ids(sortItems(all, "price_desc"))).toEqual(["huipil", "bowl", "sash", "jaguar", "unpriced"])
  })

  it("orders newest first", () => {
    expect(ids(sortItems(all, "newest"))).toEqual(["unpriced", "jaguar", "bowl", "sash", "huipil"])
  })

  it("features what can be bought first, then the best search match, then the newest", () => {
    expect(ids(sortItems(all, "featured"))).toEqual(["unpriced", "bowl", "sash", "huipil", "jaguar"])
    const ranked = all.map((i, index) => ({ ...i, rank: all.length - index }))
    expect(ids(sortItems(ranked, "featured"))).toEqual(["unpriced", "bowl", "sash", "huipil", "jaguar"])
    const reversed = all.map((i, index) => ({ ...i, rank: index }))
    expect(ids(sortItems(reversed, "featured"))).toEqual(["huipil", "sash", "bowl", "unpriced", "jaguar"])
  })

  it("features every cooperative in turn instead of one cooperative's newest shelf", () => {
    const older = item({ id: "older-bowl", cooperative: artesanas })
    const newer = ["a", "b", "c"].map((id) => item({ id, cooperative: tejedoras }))
    expect(ids(sortItems([older, ...newer], "featured"))).toEqual(["c", "older-bowl", "b", "a"])
    expect(ids(sortItems([older, ...newer], "newest"))).toEqual(["c", "b", "a", "older-bowl"])
  })

  it("does not reorder its input", () => {
    const input = [...all]
    sortItems(input, "price_asc")
    expect(input).toEqual(all)
  })
})

describe("techniqueKeys", () => {
  it.each([
    ["Backstrap loom, supplementary-weft brocade, hand joining", ["backstrap-loom", "brocade"]],
    ["Backstrap loom weaving, hand embroidery, sequin work", ["backstrap-loom", "embroidery"]],
    ["Hand spinning, backstrap loom weaving, fulling, natural dyeing", ["backstrap-loom", "wool-work", "natural-dyes"]],
    ["Open firing, slip painting", ["pottery"]],
    ["Laca (hand-rubbed lacquer), brush painting", ["lacquer"]],
    ["Hand carving and polishing", ["amber"]],
    ["Gourd carving, pyrography", ["gourd-work"]],
    ["Wood carving, natural pigment painting", ["natural-dyes", "wood-carving"]],
    ["", []],
    [null, []],
  ])("%j names %j", (text, keys) => {
    expect(techniqueKeys(text)).toEqual(keys)
  })

  it.each(seededProducts.map((product) => [product.handle, product.technique]))(
    "the demo piece %s (%s) is under at least one technique",
    (_, technique) => {
      expect(techniqueKeys(technique).length).toBeGreaterThan(0)
    }
  )
})

describe("buildCatalogPage", () => {
  it("paginates the filtered, sorted result and shapes each product", () => {
    const page = buildCatalogPage(all, { filters: {}, sort: "price_asc", page: 2, limit: 2, currencyCode: "usd" })
    expect(page).toMatchObject({ count: 5, page: 2, limit: 2, pages: 3 })
    expect(page.products.map((p) => p.id)).toEqual(["bowl", "huipil"])
    expect(page.products[0]).toEqual({
      id: "bowl",
      handle: "bowl",
      title: "bowl",
      thumbnail: null,
      technique: "Laca",
      category: pottery,
      cooperative: artesanas,
      price: { amount: "60.00", currency_code: "usd" },
      one_of_a_kind: false,
      in_stock: true,
      inventory: 1,
    })
    const beyond = buildCatalogPage(all, { filters: { category: "none" }, sort: "featured", page: 1, limit: 24, currencyCode: null })
    expect(beyond).toMatchObject({ products: [], count: 0, pages: 0 })
  })
})
