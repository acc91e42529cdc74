import { existsSync } from "node:fs"
import path from "node:path"
import { isValidClabe } from "@telar/fair-trade"
import { CHIAPAS_REGIONS } from "../../../modules/cooperative/models/cooperative"
import { categories, cooperatives, imageSpecs, products } from "../catalog"

const staticCatalog = path.resolve(__dirname, "../../../../static/catalog")
const cents = (amount: string) => Math.round(Number(amount) * 100)

// The demo catalogue is data; these are the rules the seed relies on and a hand edit could break.
describe("the demo catalogue's data files", () => {
  it.each(products.map((product) => [product.handle, product] as const))("%s: variants match its options", (_, product) => {
    for (const variant of product.variants) {
      expect(Object.keys(variant.options).sort()).toEqual(product.options.map((option) => option.title).sort())
      for (const option of product.options) expect(option.values).toContain(variant.options[option.title])
    }
  })

  it.each(products.map((product) => [product.handle, product] as const))(
    "%s: the cooperative is paid 45–65 % of the peso price, in whole centavos",
    (_, product) => {
      for (const variant of product.variants) {
        for (const amount of [variant.price_usd, variant.price_mxn, variant.producer_price_mxn]) {
          expect(amount).toMatch(/^\d+\.\d{2}$/)
        }
        const share = cents(variant.producer_price_mxn) / cents(variant.price_mxn)
        expect(share).toBeGreaterThanOrEqual(0.45)
        expect(share).toBeLessThanOrEqual(0.65)
        expect(Number.isInteger(variant.stock) && variant.stock >= 0).toBe(true)
      }
    }
  )

  it("gives every SKU and handle once", () => {
    const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku))
    expect(new Set(skus).size).toBe(skus.length)
    expect(new Set(products.map((product) => product.handle)).size).toBe(products.length)
  })

  it("links each product to a cooperative, its artisans and a category that exist", () => {
    const broken = products.filter((product) => {
      const cooperative = cooperatives.find((candidate) => candidate.handle === product.cooperative)
      const artisans = new Set(cooperative?.artisans.map((artisan) => artisan.handle))
      return (
        !cooperative ||
        !product.artisans.every((handle) => artisans.has(handle)) ||
        !categories.some((category) => category.handle === product.category)
      )
    })
    expect(broken.map((product) => product.handle)).toEqual([])
  })

  it("gives SPEI cooperatives a CLABE with a valid check digit, in a Chiapas region", () => {
    for (const cooperative of cooperatives) {
      expect(CHIAPAS_REGIONS).toContain(cooperative.region)
      expect(cooperative.crafts_es).toHaveLength(cooperative.crafts.length)
      if (cooperative.payout_method === "spei") expect(isValidClabe(cooperative.clabe ?? "")).toBe(true)
    }
  })

  it("has an illustration spec and a rendered file for every image it names", () => {
    const specified = new Set(imageSpecs.map((spec) => spec.file))
    const named = [
      ...products.flatMap((product) => product.images),
      ...cooperatives.flatMap((cooperative) => (cooperative.cover_image ? [cooperative.cover_image] : [])),
    ]
    expect(named.filter((file) => !specified.has(file))).toEqual([])
    expect(imageSpecs.filter((spec) => !existsSync(path.join(staticCatalog, spec.file))).map((spec) => spec.file)).toEqual([])
  })
})
