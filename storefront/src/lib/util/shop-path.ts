/*
 * The shop's pages are the same for every visitor of one language and one region (currency), so
 * Next serves them from its cache. The region lives in a cookie, not in the URL: the proxy
 * rewrites the address the shopper sees, /{locale}/{path}, to an internal one that carries it,
 * /{locale}/{region}/{path}, and each (language, region) page is cached on its own (the proxy's
 * side is shop-rewrite.ts). This module has no imports: client components read it.
 */

export const REGION_COOKIE = "telar_region"
export const REGION_CODES = ["us", "mx"] as const
export type RegionCode = (typeof REGION_CODES)[number]

export function isRegionCode(value: unknown): value is RegionCode {
  return value === "us" || value === "mx"
}

/** The region a cookie value names; anything else is the United States (USD). */
export function regionFromCookie(value: string | undefined): RegionCode {
  return value === "mx" ? "mx" : "us"
}

/**
 * The path the shopper sees for an internal one (the server renders cached pages under their
 * internal path, the browser shows the other): the region and the segments moved out of the query
 * string are dropped. Paths that are already visible come back unchanged.
 */
export function visiblePath(pathname: string): string {
  const match = /^\/([a-z]{2})\/(us|mx)(?=\/|$)(.*)$/.exec(pathname)
  if (!match) return pathname
  const [, locale, , rest] = match
  const visible = rest.replace(/^\/store\/[^/]+$/, "/store").replace(/^\/products\/([^/]+)\/[^/]+$/, "/products/$1")
  return `/${locale}${visible}`
}

/**
 * The shop page a form was posted from, from its Referer: only its path and query, and only a shop
 * path, so a redirect there never leaves the site. Else the home page in the form's language.
 */
export function returnPath(referer: string | null, locale: unknown): string {
  const home = locale === "es" ? "/es" : "/en"
  if (!referer) return home
  try {
    const url = new URL(referer)
    return /^\/(en|es)(\/[^/]|$)/.test(url.pathname) ? `${url.pathname}${url.search}` : home
  } catch {
    return home
  }
}
