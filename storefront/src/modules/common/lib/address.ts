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
export type AddressErrors = Partial<Record<AddressField, "required" | "postalCode" | "phone" | "country">>

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
    province: address.province ?? "",
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
  return {
    first_name: get("first_name"),
    last_name: get("last_name"),
    address_1: get("address_1"),
    address_2: get("address_2"),
    city: get("city"),
    province: get("province"),
    postal_code: get("postal_code").toUpperCase(),
    country_code: get("country_code").toLowerCase(),
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
