import { redirect } from "next/navigation"
import { type PortalPage, portalPath } from "@/lib/util/portal"

/** Each portal page has one address per language: /es/cooperativa/… or /en/cooperative/…; the other spelling redirects. */
export async function portalLocale(params: Promise<{ locale: string }>, expected: "es" | "en", page: PortalPage): Promise<string> {
  const { locale } = await params
  if (locale !== expected) redirect(portalPath(locale, page))
  return locale
}
