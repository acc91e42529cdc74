import { AdminCreateArtisan, AdminCreateCooperative } from "../../../../api/admin/cooperatives/validators"
import { assertCraftsInSpanish } from "../validate-cooperative"

describe("crafts in Spanish", () => {
  it("are optional, but when given there is one for each craft", () => {
    expect(() => assertCraftsInSpanish(["weaving", "embroidery"], ["tejido", "bordado"])).not.toThrow()
    expect(() => assertCraftsInSpanish(["weaving", "embroidery"], [])).not.toThrow()
    expect(() => assertCraftsInSpanish(["weaving"], undefined)).not.toThrow()
    expect(() => assertCraftsInSpanish(["weaving", "embroidery"], ["tejido"])).toThrow(/crafts_es names each of the 2 crafts/)
    expect(() => assertCraftsInSpanish(undefined, ["tejido"])).toThrow(/0 crafts/)
  })

  it("are accepted by the admin validators for cooperatives and artisans", () => {
    const cooperative = AdminCreateCooperative.parse({
      handle: "jolom",
      name: "Jolom",
      community: "Zinacantán",
      municipality: "Zinacantán",
      region: "Altos",
      latitude: 16.76,
      longitude: -92.72,
      crafts: ["weaving"],
      crafts_es: ["tejido"],
      payout_account: { method: "spei", account_holder: "Jolom SC", clabe: "032180000118359719" },
    })
    expect(cooperative.crafts_es).toEqual(["tejido"])
    const artisan = AdminCreateArtisan.parse({ handle: "ana", name: "Ana López", craft: "Weaving", craft_es: "Tejido" })
    expect(artisan.craft_es).toBe("Tejido")
    expect(AdminCreateArtisan.safeParse({ handle: "ana", name: "Ana López", craft: "Weaving", craft_es: "" }).success).toBe(false)
  })
})
