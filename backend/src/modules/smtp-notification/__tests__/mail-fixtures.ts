/** ICU separates some parts with narrow no-break spaces; compare words, not spacing. */
export const words = (text: string) => text.replace(/\s+/g, " ")

/** A shopper's address in Texas, as Medusa stores it (province "us-tx"). */
export const austinAddress = {
  first_name: "Ana",
  last_name: "López",
  address_1: "100 Main St",
  city: "Austin",
  province: "us-tx",
  postal_code: "78701",
  country_code: "us",
}
