import "server-only"
import { getLocale } from "next-intl/server"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"

/** Headers that make Medusa answer in the shopper's language (Translation module). */
export async function localeHeaders(): Promise<Record<string, string>> {
  const medusaLocale = MEDUSA_LOCALE[(await getLocale()) as Locale]
  return medusaLocale ? { "x-medusa-locale": medusaLocale } : {}
}
