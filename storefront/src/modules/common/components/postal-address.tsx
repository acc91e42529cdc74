import { countryName, provinceName, type StoreAddressLike } from "../lib/address"

type Props = {
  /** A form's values or an address as Medusa returns it. */
  address: StoreAddressLike
  /** The page's language: the country is named in it. */
  locale: string
  className?: string
}

/** A postal address as every page shows it: name, street, city line, country in the page's language. */
export function PostalAddress({ address, locale, className = "" }: Props) {
  return (
    <address className={`not-italic ${className}`.trim()}>
      {address.first_name} {address.last_name}
      <br />
      {address.address_1}
      {address.address_2 ? `, ${address.address_2}` : ""}
      <br />
      {[address.city, address.province ? provinceName(address.country_code ?? "", address.province) : null, address.postal_code]
        .filter(Boolean)
        .join(", ")}
      <br />
      {countryName(address.country_code ?? "", locale)}
    </address>
  )
}
