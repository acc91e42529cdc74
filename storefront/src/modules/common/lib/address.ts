import { intlLocale } from "@/lib/util/money"

/** A postal address as the checkout and the address book collect it. */
export type AddressInput = {
  first_name: string
  last_name: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
  phone: string
  company?: string
}

export type AddressField = keyof AddressInput
export type AddressErrors = Partial<Record<AddressField, "required" | "postalCode" | "phone" | "country" | "province">>

const REQUIRED: AddressField[] = ["first_name", "last_name", "address_1", "city", "postal_code", "country_code"]

/** An address as Medusa returns it (cart, order or customer address); any field may be missing. */
export type StoreAddressLike = { [Field in Exclude<AddressField, "company">]?: string | null }

/** A Medusa address as the values of an address form (missing fields empty); null when there is none. */
export function addressToInput(address: StoreAddressLike | null | undefined): AddressInput | null {
  if (!address) return null
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    city: address.city ?? "",
    province: provinceCode(address.country_code ?? "", address.province ?? ""),
    postal_code: address.postal_code ?? "",
    country_code: address.country_code ?? "",
    phone: address.phone ?? "",
  }
}

const regionNames = new Map<string, Intl.DisplayNames>()

/** A country's name in the page's language ("mx" → "Mexico" / "México"); the code when Intl has no name. */
export function countryName(code: string, locale: string): string {
  const upper = code.toUpperCase()
  if (!upper) return ""
  let names = regionNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(locale)], { type: "region" })
    regionNames.set(locale, names)
  }
  try {
    return names.of(upper) ?? upper
  } catch {
    // Intl throws on a malformed code; show the code rather than fail the page.
    return upper
  }
}

/** Reads an address out of form data; fields may carry a prefix ("shipping_", "billing_"). */
export function addressFromForm(form: FormData | Map<string, string>, prefix = ""): AddressInput {
  const get = (name: string) => String(form.get(prefix + name) ?? "").trim()
  const country = get("country_code").toLowerCase()
  return {
    first_name: get("first_name"),
    last_name: get("last_name"),
    address_1: get("address_1"),
    address_2: get("address_2"),
    city: get("city"),
    province: provinceCode(country, get("province")),
    postal_code: get("postal_code").toUpperCase(),
    country_code: country,
    phone: get("phone"),
  }
}

/** Checks an address; `countries` are the ISO-2 codes the cart's region ships to. */
export function validateAddress(address: AddressInput, countries: readonly string[]): AddressErrors {
  const errors: AddressErrors = {}
  for (const field of REQUIRED) {
    if (!address[field]) errors[field] = "required"
  }
  if (address.country_code && countries.length && !countries.includes(address.country_code)) {
    errors.country_code = "country"
  }
  const provinces = provincesOf(address.country_code)
  if (provinces && !address.province) errors.province = "required"
  else if (provinces && !Object.hasOwn(provinces, address.province)) errors.province = "province"
  if (address.postal_code && !errors.postal_code) {
    const ok =
      address.country_code === "us"
        ? /^\d{5}(-\d{4})?$/.test(address.postal_code)
        : address.country_code === "mx"
          ? /^\d{5}$/.test(address.postal_code)
          : /^[A-Z0-9][A-Z0-9 -]{1,9}$/.test(address.postal_code)
    if (!ok) errors.postal_code = "postalCode"
  }
  if (address.phone && !/^\+?[\d\s().-]{7,20}$/.test(address.phone)) errors.phone = "phone"
  return errors
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0
}

/** The shape the store API takes (empty optional fields left out). */
export function toStoreAddress(address: AddressInput): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(address)) {
    if (value) out[key] = value
  }
  return out
}

/** Two addresses describe the same place (for "billing same as shipping", de-duplication). */
export function sameAddress(a: Partial<AddressInput> | null | undefined, b: Partial<AddressInput> | null | undefined): boolean {
  if (!a || !b) return false
  const norm = (value: unknown) =>
    String(value ?? "")
      .trim()
      .toLowerCase()
  return (["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code"] as const).every(
    (key) => norm(a[key]) === norm(b[key])
  )
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim())
}

/*
 * States of the countries Telar ships to, keyed by Medusa's province code: the lower-case
 * ISO 3166-2 code ("us-tx", "mx-chp") its tax regions and admin use.
 */
const US_STATES: Record<string, string> = {
  "us-al": "Alabama",
  "us-ak": "Alaska",
  "us-az": "Arizona",
  "us-ar": "Arkansas",
  "us-ca": "California",
  "us-co": "Colorado",
  "us-ct": "Connecticut",
  "us-de": "Delaware",
  "us-dc": "District of Columbia",
  "us-fl": "Florida",
  "us-ga": "Georgia",
  "us-hi": "Hawaii",
  "us-id": "Idaho",
  "us-il": "Illinois",
  "us-in": "Indiana",
  "us-ia": "Iowa",
  "us-ks": "Kansas",
  "us-ky": "Kentucky",
  "us-la": "Louisiana",
  "us-me": "Maine",
  "us-md": "Maryland",
  "us-ma": "Massachusetts",
  "us-mi": "Michigan",
  "us-mn": "Minnesota",
  "us-ms": "Mississippi",
  "us-mo": "Missouri",
  "us-mt": "Montana",
  "us-ne": "Nebraska",
  "us-nv": "Nevada",
  "us-nh": "New Hampshire",
  "us-nj": "New Jersey",
  "us-nm": "New Mexico",
  "us-ny": "New York",
  "us-nc": "North Carolina",
  "us-nd": "North Dakota",
  "us-oh": "Ohio",
  "us-ok": "Oklahoma",
  "us-or": "Oregon",
  "us-pa": "Pennsylvania",
  "us-ri": "Rhode Island",
  "us-sc": "South Carolina",
  "us-sd": "South Dakota",
  "us-tn": "Tennessee",
  "us-tx": "Texas",
  "us-ut": "Utah",
  "us-vt": "Vermont",
  "us-va": "Virginia",
  "us-wa": "Washington",
  "us-wv": "West Virginia",
  "us-wi": "Wisconsin",
  "us-wy": "Wyoming",
}

const MX_STATES: Record<string, string> = {
  "mx-agu": "Aguascalientes",
  "mx-bcn": "Baja California",
  "mx-bcs": "Baja California Sur",
  "mx-cam": "Campeche",
  "mx-chp": "Chiapas",
  "mx-chh": "Chihuahua",
  "mx-cmx": "Ciudad de México",
  "mx-coa": "Coahuila",
  "mx-col": "Colima",
  "mx-dur": "Durango",
  "mx-gua": "Guanajuato",
  "mx-gro": "Guerrero",
  "mx-hid": "Hidalgo",
  "mx-jal": "Jalisco",
  "mx-mex": "Estado de México",
  "mx-mic": "Michoacán",
  "mx-mor": "Morelos",
  "mx-nay": "Nayarit",
  "mx-nle": "Nuevo León",
  "mx-oax": "Oaxaca",
  "mx-pue": "Puebla",
  "mx-que": "Querétaro",
  "mx-roo": "Quintana Roo",
  "mx-slp": "San Luis Potosí",
  "mx-sin": "Sinaloa",
  "mx-son": "Sonora",
  "mx-tab": "Tabasco",
  "mx-tam": "Tamaulipas",
  "mx-tla": "Tlaxcala",
  "mx-ver": "Veracruz",
  "mx-yuc": "Yucatán",
  "mx-zac": "Zacatecas",
}

const PROVINCES: Partial<Record<string, Record<string, string>>> = { us: US_STATES, mx: MX_STATES }

/** The states a country's address form offers as a list (code → name); null: the state is free text. */
export function provincesOf(countryCode: string): Record<string, string> | null {
  return (Object.hasOwn(PROVINCES, countryCode) && PROVINCES[countryCode]) || null
}

const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase()

/**
 * A state as Medusa stores it: for a country with a list, its code ("TX", "us-tx" or "Texas" →
 * "us-tx"); otherwise the text as typed. A value that matches nothing is kept, so validation can say so.
 */
export function provinceCode(countryCode: string, province: string): string {
  const provinces = provincesOf(countryCode)
  const value = province.trim()
  if (!provinces || !value) return value
  const key = folded(value)
  if (Object.hasOwn(provinces, key)) return key
  if (Object.hasOwn(provinces, `${countryCode}-${key}`)) return `${countryCode}-${key}`
  return Object.keys(provinces).find((code) => folded(provinces[code]) === key) ?? value
}

/** A state as people read it ("us-tx" → "Texas"); free text as it was typed. */
export function provinceName(countryCode: string, province: string): string {
  const provinces = provincesOf(countryCode)
  const code = provinceCode(countryCode, province)
  return provinces && Object.hasOwn(provinces, code) ? provinces[code] : province
}
