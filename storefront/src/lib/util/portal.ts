import { PORTAL_PATHS, type PortalPage, portalPath } from "@telar/types"

export { type PortalPage, portalPath }

/**
 * Each portal page has one address per language (/es/cooperativa/entrar, /en/cooperative/login):
 * the other language's spelling under a language's prefix (/en/cooperativa/entrar) is where that
 * page lives in this language, or null when the path is no such thing.
 */
export function portalSpellingRedirect(pathname: string): string | null {
  const match = /^\/(en|es)\/(.+?)\/?$/.exec(pathname)
  if (!match) return null
  const [, language, rest] = match
  const other = language === "en" ? "es" : "en"
  for (const [page, spelling] of Object.entries(PORTAL_PATHS) as [PortalPage, Record<"es" | "en", string>][]) {
    if (rest === spelling[other] && spelling[other] !== spelling[language as "es" | "en"]) return portalPath(language, page)
  }
  return null
}
