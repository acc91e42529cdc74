import { cooperatives, products } from "../catalog"
import { DEFAULT_OPTION_TITLE, OPTION_TITLES_ES, OPTION_VALUES_ES, SAME_IN_SPANISH } from "../options-es"

// What the seed writes for /es must exist for every record: a missing entry would show English.
describe("the demo catalogue in Spanish", () => {
  it("names each piece's technique and materials in Spanish", () => {
    const untranslated = products.filter(
      (product) =>
        !product.technique_es.trim() ||
        !product.material_es.trim() ||
        product.technique_es === product.technique ||
        product.material_es === product.material
    )
    expect(untranslated.map((product) => product.handle)).toEqual([])
  })

  it("gives the same technique and material the same Spanish everywhere", () => {
    const seen = new Map<string, string>()
    const conflicts: string[] = []
    for (const product of products) {
      for (const [en, es] of [
        [product.technique, product.technique_es],
        [product.material, product.material_es],
      ]) {
        if (seen.has(en) && seen.get(en) !== es) conflicts.push(en)
        seen.set(en, es)
      }
    }
    expect(conflicts).toEqual([])
  })

  it.each(cooperatives.map((cooperative) => [cooperative.handle, cooperative] as const))(
    "names the crafts of %s in Spanish, one for one and in order",
    (_handle, cooperative) => {
      expect(cooperative.crafts_es).toHaveLength(cooperative.crafts.length)
      expect(cooperative.crafts_es.filter((craft, index) => craft === cooperative.crafts[index])).toEqual([])
    }
  )

  it("names each artisan's specialty in Spanish", () => {
    const artisans = cooperatives.flatMap((cooperative) => cooperative.artisans)
    expect(artisans.filter((artisan) => !artisan.craft_es.trim() || artisan.craft_es === artisan.craft)).toEqual([])
  })

  it("names every option and every option value that is a word in Spanish", () => {
    const options = products.flatMap((product) => product.options).filter((option) => option.title !== DEFAULT_OPTION_TITLE)
    expect(options.filter((option) => !OPTION_TITLES_ES[option.title]).map((option) => option.title)).toEqual([])
    const values = options.flatMap((option) => option.values)
    expect(values.filter((value) => !OPTION_VALUES_ES[value] && !SAME_IN_SPANISH.test(value))).toEqual([])
  })
})
