import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["en", "es"],
  defaultLocale: "en",
  // First visit: chosen from Accept-Language; afterwards the URL (and NEXT_LOCALE cookie) decide.
  localeDetection: true,
  localePrefix: "always",
})

export type Locale = (typeof routing.locales)[number]

/** Medusa's Translation module locale for each storefront language. */
export const MEDUSA_LOCALE: Record<Locale, string | undefined> = { en: undefined, es: "es-MX" }
