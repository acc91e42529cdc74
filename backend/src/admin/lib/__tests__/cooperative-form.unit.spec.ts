import { AdminCreateCooperative, AdminUpdateCooperative } from "../../../api/admin/cooperatives/validators"
import {
  type CooperativeForm,
  cooperativeFormToPayload,
  cooperativeToForm,
  cooperativeUpdatePayload,
  emptyCooperativeForm,
  payoutAccountFormToPayload,
  payoutAccountToForm,
  payoutAccountUpdatePayload,
} from "../cooperative-form"
import type { AdminCooperative } from "../types"

const filled: CooperativeForm = {
  ...emptyCooperativeForm(),
  name: "Jolom Mayaetik",
  handle: "jolom-mayaetik",
  community: "San Cristóbal de las Casas",
  municipality: "San Cristóbal de las Casas",
  region: "Altos",
  latitude: " 16.737 ",
  longitude: "-92.638",
  founded_year: "1996",
  languages: "Tsotsil, Tseltal, Spanish,",
  crafts: "Backstrap weaving, Embroidery",
  crafts_es: "Telar de cintura, Bordado",
  contact_email: "",
}

const record: AdminCooperative = {
  id: "coop_1",
  handle: "jolom-mayaetik",
  name: "Jolom Mayaetik",
  community: "San Cristóbal de las Casas",
  municipality: "San Cristóbal de las Casas",
  region: "Altos",
  status: "draft",
  latitude: 16.737,
  longitude: -92.638,
  founded_year: 1996,
  member_families: null,
  languages: ["Tsotsil", "Tseltal", "Spanish"],
  crafts: ["Backstrap weaving", "Embroidery"],
  crafts_es: ["Telar de cintura", "Bordado"],
  story_en: "",
  story_es: "",
  logo_url: null,
  cover_url: null,
  contact_email: null,
  contact_phone: null,
  is_demo: false,
  created_at: "2026-12-01T00:00:00.000Z",
  updated_at: "2026-12-01T00:00:00.000Z",
  payout_account: {
    id: "payacc_1",
    method: "spei",
    account_holder: "Jolom Mayaetik SC",
    clabe: "032180000118359719",
    stripe_account_id: null,
    currency_code: "mxn",
  },
  artisans: [],
  stock_location: null,
}

describe("cooperative form → API body", () => {
  it("builds a create body the API's own validator accepts", () => {
    const cooperative = cooperativeFormToPayload(filled)
    const account = payoutAccountFormToPayload({
      method: "spei",
      account_holder: "Jolom Mayaetik SC",
      clabe: "032 180 000118359719",
      stripe_account_id: "",
    })
    expect(cooperative.ok && account.ok).toBe(true)
    if (!cooperative.ok || !account.ok) return
    expect(cooperative.payload).toMatchObject({
      latitude: 16.737,
      longitude: -92.638,
      founded_year: 1996,
      member_families: null,
      languages: ["Tsotsil", "Tseltal", "Spanish"],
      contact_email: null,
    })
    expect(account.payload).toEqual({ method: "spei", account_holder: "Jolom Mayaetik SC", clabe: "032180000118359719" })
    const parsed = AdminCreateCooperative.safeParse({ ...cooperative.payload, payout_account: account.payload })
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it("names each missing or unreadable field instead of sending", () => {
    const result = cooperativeFormToPayload({ ...emptyCooperativeForm(), name: "X", latitude: "16,7", founded_year: "19x6" })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual([
      "community",
      "founded_year",
      "handle",
      "latitude",
      "longitude",
      "municipality",
      "region",
    ])
    expect(result.errors.latitude).toMatch(/decimal number/)
  })

  it("round-trips a record: an untouched edit form sends nothing", () => {
    const result = cooperativeUpdatePayload(record, cooperativeToForm(record))
    expect(result).toEqual({ ok: true, payload: {} })
  })

  it("sends only what changed, in a body the API's update validator accepts", () => {
    const form = { ...cooperativeToForm(record), community: "Zinacantán", contact_email: "hola@jolom.mx", languages: "Tsotsil" }
    const result = cooperativeUpdatePayload(record, form)
    expect(result).toEqual({ ok: true, payload: { community: "Zinacantán", contact_email: "hola@jolom.mx", languages: ["Tsotsil"] } })
    if (result.ok) expect(AdminUpdateCooperative.safeParse(result.payload).success).toBe(true)
  })
})

describe("payout account form", () => {
  it("refuses a CLABE with a wrong check digit before sending", () => {
    const result = payoutAccountFormToPayload({
      method: "spei",
      account_holder: "Coop",
      clabe: "032180000118359710",
      stripe_account_id: "",
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.clabe).toMatch(/check digit is wrong/)
  })

  it("needs a holder, and a Stripe account id for Stripe Connect (no CLABE then)", () => {
    const result = payoutAccountFormToPayload({ method: "stripe_connect", account_holder: " ", clabe: "", stripe_account_id: "" })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["account_holder", "stripe_account_id"])
    const stripe = payoutAccountFormToPayload({
      method: "stripe_connect",
      account_holder: "Coop",
      clabe: "",
      stripe_account_id: "acct_1AbcDEF",
    })
    expect(stripe).toEqual({ ok: true, payload: { method: "stripe_connect", account_holder: "Coop", stripe_account_id: "acct_1AbcDEF" } })
  })

  it("updates only the changed part of the account, and nothing when untouched", () => {
    const account = record.payout_account!
    expect(payoutAccountUpdatePayload(account, payoutAccountToForm(account))).toEqual({ ok: true, payload: {} })
    const changed = payoutAccountUpdatePayload(account, { ...payoutAccountToForm(account), clabe: "002180000118359710" })
    expect(changed).toEqual({ ok: true, payload: { clabe: "002180000118359710" } })
    if (changed.ok) expect(AdminUpdateCooperative.safeParse({ payout_account: changed.payload }).success).toBe(true)
  })
})
