import { z } from "@medusajs/framework/zod"
import { fromMinor } from "@telar/fair-trade"
import type { MailLocale } from "./types"

/** Links in emails open Telar's own pages: only http(s), never javascript: or data:. */
export const httpUrl = z.url({ protocol: /^https?$/ })

/** A moment, given as an ISO string or a Date (notification data is stored as JSON). */
export const moment = z.coerce.date()

const INTL_LOCALE: Record<MailLocale, string> = { es: "es-MX", en: "en-US" }
const ZONE_NAME: Record<MailLocale, string> = { es: "hora del centro de México", en: "Mexico City time" }

/** Dates in emails are in Chiapas' own clock, as the storefront shows them. */
export function formatMoment(date: Date, locale: MailLocale): string {
  const formatted = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Mexico_City",
  }).format(date)
  return `${formatted} (${ZONE_NAME[locale]})`
}

/** An amount in integer minor units (cents, centavos), as notification data carries money. */
export const minorUnits = z.number().int().safe()

/** An ISO 4217 code, lowercase as Medusa stores it. */
export const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/)
  .transform((code) => code.toLowerCase())

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * Integer minor units as a price in the reader's language, written as the storefront writes it
 * (en: "$128.00", "MX$2,350.00"; es: "USD 128.00", "$2,350.00"). The amount reaches Intl as exact
 * decimal text, never through a float.
 */
export function formatMoney(minor: number, currency: string, locale: MailLocale): string {
  const code = currency.toUpperCase()
  const key = `${locale}|${code}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: code })
    moneyFormats.set(key, format)
  }
  // Node's Intl formats decimal strings exactly (ES2023); the ES2021 typings only list numbers.
  return format.format(fromMinor(minor, currency) as unknown as number)
}

/** A country's name in the reader's language ("us" -> "United States" / "Estados Unidos"). */
export function countryName(code: string, locale: MailLocale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}
