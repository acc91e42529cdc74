/** Where an order goes, as staff, cooperatives and the shopper's mails read it. */
export type ShipTo = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string
  phone: string | null
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

/** The order fields Query reads a shipping address from. */
export const SHIPPING_ADDRESS_FIELDS = ADDRESS_FIELDS.map((field) => `shipping_address.${field}`)

/** The order's shipping address, or null when it has no street or country to send to. */
export function shipToOf(address: Record<string, unknown> | null | undefined): ShipTo | null {
  if (!address?.address_1 || !address.country_code) return null
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null])) as ShipTo
}

// The names Medusa and the seed give a piece without choices: never shown (as on the storefront).
const PLACEHOLDER_NAME = /^default( option( value)?| variant)?$/i

/** Whether a variant or option name is Medusa's placeholder for a piece without choices. */
export const isPlaceholderName = (name: string) => PLACEHOLDER_NAME.test(name)
