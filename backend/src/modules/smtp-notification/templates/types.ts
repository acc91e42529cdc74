import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

export const MAIL_LOCALES = ["es", "en"] as const
export type MailLocale = (typeof MAIL_LOCALES)[number]
/** Coordinators and most staff read Spanish first. */
export const DEFAULT_MAIL_LOCALE: MailLocale = "es"

export type RenderedMail = { subject: string; text: string; html: string }

export type MailTemplate<Schema extends z.ZodType = z.ZodType> = {
  schema: Schema
  /** Validates raw notification data against `schema`, then renders it in `locale`. */
  render(data: unknown, locale: MailLocale): RenderedMail
}

/** The language of a notification's `data.locale` ("en", "en-US", "es-MX"…); `fallback` (Spanish) otherwise. */
export function mailLocale(value: unknown, fallback: MailLocale = DEFAULT_MAIL_LOCALE): MailLocale {
  const language = typeof value === "string" ? value.trim().toLowerCase().split(/[-_]/)[0] : ""
  return (MAIL_LOCALES as readonly string[]).includes(language) ? (language as MailLocale) : fallback
}

export function defineMailTemplate<Schema extends z.ZodType>(
  name: string,
  schema: Schema,
  render: (data: z.output<Schema>, locale: MailLocale) => RenderedMail
): MailTemplate<Schema> {
  return {
    schema,
    render(data, locale) {
      const parsed = schema.safeParse(data ?? {})
      if (!parsed.success) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Email "${name}" got invalid data: ${z.prettifyError(parsed.error)}`)
      }
      const mail = render(parsed.data, locale)
      // A subject is one header line whatever the data held.
      return { ...mail, subject: mail.subject.replace(/\s+/g, " ").trim() }
    },
  }
}
