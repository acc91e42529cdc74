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

export const ADDRESS_FIELDS: AddressField[] = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
]

const REQUIRED: AddressField[] = ["first_name", "last_name", "address_1", "city", "postal_code", "country_code"]

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

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim())
}
