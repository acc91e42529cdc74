import { getTranslations } from "next-intl/server"

/** Language names as the backend stores them (English), in the shopper's language when known. */
export async function languageList(languages: string[], locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "languageNames" })
  const names = languages.map((name) => (t.has(name) ? t(name) : name))
  return new Intl.ListFormat(locale === "es" ? "es-MX" : "en-US", { style: "long", type: "conjunction" }).format(names)
}
