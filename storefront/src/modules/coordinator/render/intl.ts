import { createContext, createElement, type ReactNode, useContext, useMemo } from "react"
import { TIME_ZONE } from "@/i18n/time-zone"
import { formatMessage } from "./format"

/**
 * next-intl's hooks as the portal's components use them. Both of the portal's bundles alias
 * "next-intl" here (scripts/build-portal.mjs): the server's renders with React, the browser's with
 * Preact, so the page ships only the messages its islands word and no ICU parser.
 */
export type IntlData = { locale: string; timeZone: string; messages: Record<string, unknown> }

const IntlContext = createContext<IntlData>({ locale: "es", timeZone: TIME_ZONE, messages: {} })

export function IntlProvider({ value, children }: { value: IntlData; children?: ReactNode }) {
  return createElement(IntlContext.Provider, { value }, children)
}

const lookup = (messages: Record<string, unknown>, key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages)

/** The same function for as long as the language and messages stay (as next-intl's): effects may depend on it. */
export function useTranslations(namespace?: string) {
  const { locale, messages } = useContext(IntlContext)
  return useMemo(
    () => (key: string, values?: Record<string, string | number | Date>) => {
      const path = namespace ? `${namespace}.${key}` : key
      const message = lookup(messages, path)
      return typeof message === "string" ? formatMessage(message, values, locale) : path
    },
    [locale, messages, namespace]
  )
}

export function useLocale(): string {
  return useContext(IntlContext).locale
}

export function useFormatter() {
  const { locale, timeZone } = useContext(IntlContext)
  return {
    dateTime: (date: Date, options: Intl.DateTimeFormatOptions = {}) =>
      new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(date),
    number: (value: number, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, options).format(value),
  }
}
