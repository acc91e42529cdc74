import { z } from "@medusajs/framework/zod"
import { countryName } from "./format"
import { html, type SafeHtml } from "./html"
import type { MailLocale } from "./types"
import { MAIL_WORDS } from "./words"

/** The shipping speeds Telar's cooperatives offer (lib/cooperative/shipping-rates codes). */
export const shippingSpeed = z.enum(["standard", "express"]).nullable()

/** A parcel's way, as the storefront's order page words it. */
const SPEED_NAMES: Record<MailLocale, Record<"standard" | "express", string>> = {
  en: { standard: "Standard shipping", express: "Express shipping" },
  es: { standard: "Envío estándar", express: "Envío exprés" },
}

/** The speed in the reader's words; the method's own name (in the order's language) for any other option. */
export function shippingName(speed: "standard" | "express" | null, methodName: string | null | undefined, locale: MailLocale) {
  return speed ? SPEED_NAMES[locale][speed] : methodName?.trim() || SPEED_NAMES[locale].standard
}

const text = z.string().trim().nullish()

/** A shipping address as Medusa stores it (province as "us-tx" or free text). */
export const postalAddress = z.object({
  first_name: text,
  last_name: text,
  company: text,
  address_1: z.string().trim().min(1),
  address_2: text,
  city: text,
  province: text,
  postal_code: text,
  country_code: z.string().trim().min(2),
  phone: text,
})
export type PostalAddress = z.output<typeof postalAddress>

/** "us-tx" -> "TX": the state code a carrier's label wants; free text stays as typed. */
function provinceLabel(countryCode: string, province: string | null | undefined): string {
  const value = province?.trim() ?? ""
  const prefix = `${countryCode.toLowerCase()}-`
  return value.toLowerCase().startsWith(prefix) ? value.slice(prefix.length).toUpperCase() : value
}

/** The address as lines for a parcel's label: name, company, street, city line, country, phone. */
export function addressLines(address: PostalAddress, locale: MailLocale, phoneLabel: string): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const street = [address.address_1, address.address_2].filter(Boolean).join(", ")
  const cityLine = [address.city, [provinceLabel(address.country_code, address.province), address.postal_code].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
  return [
    name,
    address.company,
    street,
    cityLine,
    countryName(address.country_code, locale),
    address.phone ? `${phoneLabel}: ${address.phone}` : null,
  ].filter((line): line is string => !!line)
}

/** "Huipil (Size: M)": the piece and, when it has real choices, its variant. */
export function pieceName(title: string, variant: string | null | undefined): string {
  return variant ? `${title} (${variant})` : title
}

/** "2 × Huipil (Size: M)": each piece of a parcel with how many of it. */
export function pieceLines(lines: { title: string; variant?: string | null; quantity: number }[]): string[] {
  return lines.map((line) => `${line.quantity} × ${pieceName(line.title, line.variant)}`)
}

/** The pieces of a parcel ("2 × Huipil (Talla: M)"), one bold item each. */
export function pieceList(lines: string[]): SafeHtml {
  return html`<ul style="padding-left:20px">${lines.map((line) => html`<li style="margin:4px 0"><strong>${line}</strong></li>`)}</ul>`
}

/** An address under its heading ("Shipping to", "Send them to"), one line under the other. */
export function addressBlock(heading: string, address: string[]): SafeHtml {
  return html`<h3 style="font-size:16px;margin:20px 0 4px">${heading}</h3><p style="margin:0">${lineBreaks(address)}</p>`
}

/** Lines of one paragraph (an address, a carrier and its guide), one under the other. */
export function lineBreaks(parts: string[]): (string | SafeHtml)[] {
  return parts.map((part, index) => (index ? html`<br>${part}` : part))
}

/** How every mail to a shopper greets them and signs off. */
export const SHOPPER_WORDS = {
  en: { ...MAIL_WORDS.en, thanks: "Thank you for buying from the cooperatives of Chiapas." },
  es: { ...MAIL_WORDS.es, thanks: "Gracias por comprar a las cooperativas de Chiapas." },
} satisfies Record<MailLocale, Record<string, unknown>>
