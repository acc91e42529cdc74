import type { MailLocale } from "./types"

/** How every Telar mail greets its reader (by name when known) and labels a phone number, in both languages. */
export const MAIL_WORDS = {
  en: {
    greeting: (name?: string | null) => (name ? `Hello ${name},` : "Hello,"),
    phone: "Phone",
  },
  es: {
    greeting: (name?: string | null) => (name ? `Hola, ${name}:` : "Hola:"),
    phone: "Teléfono",
  },
} satisfies Record<MailLocale, Record<string, unknown>>
