import { redirect } from "next/navigation"
import { type PortalPage, portalPath } from "@/lib/util/portal"

/**
 * Each portal page has one address per language: /es/cooperativa/… or /en/cooperative/…; the other
 * spelling redirects, keeping `query` (a mailed link's token must survive the trip).
 */
export async function portalLocale(
  params: Promise<{ locale: string }>,
  expected: "es" | "en",
  page: PortalPage,
  query?: Record<string, string>
): Promise<string> {
  const { locale } = await params
  if (locale !== expected) {
    const search = query && Object.values(query).some(Boolean) ? `?${new URLSearchParams(query).toString()}` : ""
    redirect(`${portalPath(locale, page)}${search}`)
  }
  return locale
}
