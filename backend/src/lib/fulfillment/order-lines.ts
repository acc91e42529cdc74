import type { ShipTo } from "@telar/types"

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
] as const satisfies readonly (keyof ShipTo)[]

/** The order fields Query reads a shipping address from. */
export const SHIPPING_ADDRESS_FIELDS = ADDRESS_FIELDS.map((field) => `shipping_address.${field}`)

/** The order's shipping address, or null when it has no street or country to send to. */
export function shipToOf(address: Record<string, unknown> | null | undefined): ShipTo | null {
  if (!address?.address_1 || !address.country_code) return null
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null])) as ShipTo
}
