import { z } from "@medusajs/framework/zod"
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
