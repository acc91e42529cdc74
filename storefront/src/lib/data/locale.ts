import "server-only"
import { getLocale } from "next-intl/server"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"

/**
 * Headers that make Medusa answer in the shopper's language (Translation module). Cached pages
 * pass their locale: asking next-intl could read the request headers and make them dynamic.
 */
export async function localeHeaders(locale?: string): Promise<Record<string, string>> {
  const medusaLocale = MEDUSA_LOCALE[(locale ?? (await getLocale())) as Locale]
  return medusaLocale ? { "x-medusa-locale": medusaLocale } : {}
}
