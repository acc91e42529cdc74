import { clabeInputError, normaliseClabe } from "./clabe"
import type { ChiapasRegion, PayoutMethod } from "./constants"
import { changedFields, type FormErrors, type FormResult, joinList, parseDecimal, parseWholeNumber, splitList, textOrNull } from "./form"
import type { AdminCooperative, AdminPayoutAccount } from "./types"

/** What the cooperative form holds: text as typed, turned into the API's types on submit. */
export type CooperativeForm = {
  name: string
  handle: string
  community: string
  municipality: string
  region: ChiapasRegion | ""
  latitude: string
  longitude: string
  founded_year: string
  member_families: string
  languages: string
  crafts: string
  crafts_es: string
  story_en: string
  story_es: string
  logo_url: string
  cover_url: string
  contact_email: string
  contact_phone: string
  is_demo: boolean
}

/** The body fields of POST /admin/cooperatives(/:id) this form writes. */
export type CooperativePayload = Pick<
  AdminCooperative,
  | "name"
  | "handle"
  | "community"
  | "municipality"
  | "region"
  | "latitude"
  | "longitude"
  | "founded_year"
  | "member_families"
  | "story_en"
  | "story_es"
  | "logo_url"
  | "cover_url"
  | "contact_email"
  | "contact_phone"
  | "is_demo"
> & { languages: string[]; crafts: string[]; crafts_es: string[] }

export type PayoutAccountForm = { method: PayoutMethod; account_holder: string; clabe: string; stripe_account_id: string }

export type PayoutAccountPayload = {
  method: PayoutMethod
  account_holder: string
  clabe?: string
  stripe_account_id?: string
}

export function emptyCooperativeForm(): CooperativeForm {
  return {
    name: "",
    handle: "",
    community: "",
    municipality: "",
    region: "",
    latitude: "",
    longitude: "",
    founded_year: "",
    member_families: "",
    languages: "",
    crafts: "",
    crafts_es: "",
    story_en: "",
    story_es: "",
    logo_url: "",
    cover_url: "",
    contact_email: "",
    contact_phone: "",
    is_demo: false,
  }
}

export function cooperativeToForm(cooperative: AdminCooperative): CooperativeForm {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value))
  return {
    name: cooperative.name,
    handle: cooperative.handle,
    community: cooperative.community,
    municipality: cooperative.municipality,
    region: cooperative.region,
    latitude: text(cooperative.latitude),
    longitude: text(cooperative.longitude),
    founded_year: text(cooperative.founded_year),
    member_families: text(cooperative.member_families),
    languages: joinList(cooperative.languages),
    crafts: joinList(cooperative.crafts),
    crafts_es: joinList(cooperative.crafts_es),
    story_en: cooperative.story_en ?? "",
    story_es: cooperative.story_es ?? "",
    logo_url: text(cooperative.logo_url),
    cover_url: text(cooperative.cover_url),
    contact_email: text(cooperative.contact_email),
    contact_phone: text(cooperative.contact_phone),
    is_demo: !!cooperative.is_demo,
  }
}

const REQUIRED: [keyof CooperativeForm, string][] = [
  ["name", "Give the cooperative's name."],
  ["handle", "Give a handle: it is the cooperative's address in the shop, e.g. jolom-mayaetik."],
  ["community", "Give the community the cooperative works in."],
  ["municipality", "Give the municipality."],
  ["region", "Choose the region of Chiapas."],
  ["latitude", "Give the latitude (e.g. 16.737): the map on the shop places the cooperative with it."],
  ["longitude", "Give the longitude (e.g. -92.638)."],
]

/**
 * The body the API takes, or what is missing. Only checks what the form must know to build the
 * body (required fields, numbers); ranges and formats are the API's to judge, and its message is shown.
 */
export function cooperativeFormToPayload(form: CooperativeForm): FormResult<CooperativePayload, CooperativeForm> {
  const errors: FormErrors<CooperativeForm> = {}
  for (const [field, message] of REQUIRED) {
    if (!String(form[field]).trim()) errors[field] = message
  }
  const latitude = parseDecimal(form.latitude)
  const longitude = parseDecimal(form.longitude)
  const foundedYear = parseWholeNumber(form.founded_year)
  const memberFamilies = parseWholeNumber(form.member_families)
  if (Number.isNaN(latitude)) errors.latitude = "The latitude is a decimal number, e.g. 16.737."
  if (Number.isNaN(longitude)) errors.longitude = "The longitude is a decimal number, e.g. -92.638."
  if (Number.isNaN(foundedYear)) errors.founded_year = "The year is a whole number, e.g. 1996."
  if (Number.isNaN(memberFamilies)) errors.member_families = "The number of families is a whole number."
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    payload: {
      name: form.name.trim(),
      handle: form.handle.trim(),
      community: form.community.trim(),
      municipality: form.municipality.trim(),
      region: form.region as ChiapasRegion,
      latitude: latitude as number,
      longitude: longitude as number,
      founded_year: foundedYear ?? null,
      member_families: memberFamilies ?? null,
      languages: splitList(form.languages),
      crafts: splitList(form.crafts),
      crafts_es: splitList(form.crafts_es),
      story_en: form.story_en.trim(),
      story_es: form.story_es.trim(),
      logo_url: textOrNull(form.logo_url),
      cover_url: textOrNull(form.cover_url),
      contact_email: textOrNull(form.contact_email),
      contact_phone: textOrNull(form.contact_phone),
      is_demo: form.is_demo,
    },
  }
}

/** The edit form's body: only what changed against the record (empty when nothing did). */
export function cooperativeUpdatePayload(
  cooperative: AdminCooperative,
  form: CooperativeForm
): FormResult<Partial<CooperativePayload>, CooperativeForm> {
  const result = cooperativeFormToPayload(form)
  if (!result.ok) return result
  return { ok: true, payload: changedFields<CooperativePayload>(cooperative as unknown as Partial<CooperativePayload>, result.payload) }
}

export function payoutAccountToForm(account: AdminPayoutAccount | null | undefined): PayoutAccountForm {
  return {
    method: account?.method ?? "spei",
    account_holder: account?.account_holder ?? "",
    clabe: account?.clabe ?? "",
    stripe_account_id: account?.stripe_account_id ?? "",
  }
}

/**
 * The payout account's body: the CLABE is checked here (digits and check digit, the API's same
 * rule) so a mistyped number is caught before sending; only the chosen method's number is sent.
 */
export function payoutAccountFormToPayload(form: PayoutAccountForm): FormResult<PayoutAccountPayload, PayoutAccountForm> {
  const errors: FormErrors<PayoutAccountForm> = {}
  if (!form.account_holder.trim()) errors.account_holder = "Give the account holder's name, as the bank has it."
  const payload: PayoutAccountPayload = { method: form.method, account_holder: form.account_holder.trim() }
  if (form.method === "spei") {
    const problem = clabeInputError(form.clabe)
    if (problem) errors.clabe = problem
    else payload.clabe = normaliseClabe(form.clabe)
  } else {
    const accountId = form.stripe_account_id.trim()
    if (!accountId) errors.stripe_account_id = "Give the cooperative's Stripe account id (acct_…)."
    else payload.stripe_account_id = accountId
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, payload }
}

/** The payout account's update: only what changed (the API merges it into the stored account). */
export function payoutAccountUpdatePayload(
  account: AdminPayoutAccount | null | undefined,
  form: PayoutAccountForm
): FormResult<Partial<PayoutAccountPayload>, PayoutAccountForm> {
  const result = payoutAccountFormToPayload(form)
  if (!result.ok || !account) return result
  return {
    ok: true,
    payload: changedFields<PayoutAccountPayload>(
      account as unknown as Partial<PayoutAccountPayload>,
      result.payload as PayoutAccountPayload
    ),
  }
}
