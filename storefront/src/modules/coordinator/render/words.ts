import { createFormatter, createTranslator } from "use-intl/core"
import en from "../../../../messages/en.json"
import es from "../../../../messages/es.json"
import { TIME_ZONE } from "@/i18n/time-zone"

/** The portal's words and dates, made on the server without a request (outside Next: see ./server). */
type Messages = typeof es

export function portalMessages(locale: string): Messages {
  return locale === "en" ? (en as Messages) : es
}

/** A message by its key under the namespace, with its values (plurals, names, dates). */
export type Words = (key: string, values?: Record<string, string | number | Date>) => string

/** A portal page's words, worded on the server; the message-parity test checks the keys. */
export function portalWords(locale: string, namespace: string): Words {
  return createTranslator({
    locale,
    messages: portalMessages(locale),
    namespace: namespace as never,
    timeZone: TIME_ZONE,
  }) as unknown as Words
}

export function portalFormatter(locale: string) {
  return createFormatter({ locale, timeZone: TIME_ZONE })
}
