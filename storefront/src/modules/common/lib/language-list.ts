import { getTranslations } from "next-intl/server"
import { intlLocale } from "@/lib/util/money"

/** Language names as the backend stores them (English), in the shopper's language when known. */
export async function languageList(languages: string[], locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "languageNames" })
  const names = languages.map((name) => (t.has(name) ? t(name) : name))
  return new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(names)
}
