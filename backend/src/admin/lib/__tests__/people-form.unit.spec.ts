import { AdminCreateArtisan, AdminUpdateArtisan } from "../../../api/admin/cooperatives/validators"
import { AdminInviteCoordinator } from "../../../api/admin/coordinators/validators"
import { handleFromName, withName } from "../form"
import { artisanFormToPayload, artisanToForm, coordinatorInviteToPayload, emptyCoordinatorInvite } from "../people-form"
import type { AdminArtisan } from "../types"

const artisan: AdminArtisan = {
  id: "art_1",
  handle: "maria-lopez",
  name: "María López",
  craft: "Backstrap weaving",
  craft_es: null,
  bio_en: "",
  bio_es: "",
  portrait_url: null,
}

describe("artisan and coordinator forms", () => {
  it("suggests handles the API accepts from names with accents and punctuation", () => {
    expect(handleFromName("María López")).toBe("maria-lopez")
    expect(handleFromName("  Jolom Mayaetik, S.C. ")).toBe("jolom-mayaetik-s-c")
    expect(handleFromName("Ñuu Savi -- Tejedoras")).toBe("nuu-savi-tejedoras")
    expect(handleFromName(`${"x".repeat(79)} y`)).toBe("x".repeat(79))
  })

  it("lets a suggested handle follow the name until staff type their own", () => {
    const form = { ...artisanToForm(null), name: "María", handle: "maria" }
    expect(withName(form, "María López", true)).toMatchObject({ name: "María López", handle: "maria-lopez" })
    expect(withName({ ...form, handle: "tejedora" }, "María López", true)).toMatchObject({ name: "María López", handle: "tejedora" })
    expect(withName(form, "María López", false)).toMatchObject({ name: "María López", handle: "maria" })
  })

  it("builds a new artisan's body the API accepts", () => {
    const result = artisanFormToPayload({ ...artisanToForm(null), name: "María López", handle: "maria-lopez", craft: "Backstrap weaving" })
    expect(result).toEqual({
      ok: true,
      payload: {
        name: "María López",
        handle: "maria-lopez",
        craft: "Backstrap weaving",
        craft_es: null,
        bio_en: "",
        bio_es: "",
        portrait_url: null,
      },
    })
    if (result.ok) expect(AdminCreateArtisan.safeParse(result.payload).success).toBe(true)
  })

  it("sends only an artisan's changed fields, and refuses empty required ones", () => {
    const result = artisanFormToPayload({ ...artisanToForm(artisan), craft_es: "Telar de cintura" }, artisan)
    expect(result).toEqual({ ok: true, payload: { craft_es: "Telar de cintura" } })
    if (result.ok) expect(AdminUpdateArtisan.safeParse(result.payload).success).toBe(true)
    const empty = artisanFormToPayload({ ...artisanToForm(artisan), craft: " " }, artisan)
    expect(empty.ok).toBe(false)
  })

  it("builds an invitation the API accepts; the phone is left out when empty", () => {
    const result = coordinatorInviteToPayload({ ...emptyCoordinatorInvite(), name: "Rosa", email: " rosa@jolom.mx " })
    expect(result).toEqual({ ok: true, payload: { name: "Rosa", email: "rosa@jolom.mx", preferred_language: "es" } })
    if (result.ok) expect(AdminInviteCoordinator.safeParse(result.payload).success).toBe(true)
    expect(coordinatorInviteToPayload(emptyCoordinatorInvite()).ok).toBe(false)
  })
})
