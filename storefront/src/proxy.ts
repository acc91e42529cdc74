import createMiddleware from "next-intl/middleware"
import { type NextRequest, NextResponse } from "next/server"
import { routing } from "./i18n/routing"
import { portalSpellingRedirect } from "./lib/util/portal"
import { REGION_COOKIE, regionFromCookie } from "./lib/util/shop-path"
import { shopRewrite } from "./lib/util/shop-rewrite"

const intl = createMiddleware(routing)

/**
 * Language first (next-intl: the prefix, Accept-Language on a first visit), then the region: shop
 * addresses are served from /{locale}/{region}/…, so each page is cached once per language and
 * currency while the shopper keeps seeing /{locale}/… (see lib/util/shop-path and shop-rewrite).
 */
export default function proxy(request: NextRequest) {
  const portal = portalSpellingRedirect(request.nextUrl.pathname)
  if (portal) {
    const url = request.nextUrl.clone()
    url.pathname = portal
    return NextResponse.redirect(url)
  }
  const response = intl(request)
  if (response.headers.has("location")) return response
  const { pathname, searchParams } = request.nextUrl
  const target = shopRewrite(pathname, searchParams, regionFromCookie(request.cookies.get(REGION_COOKIE)?.value))
  if (!target) return response
  const url = request.nextUrl.clone()
  url.pathname = target
  // next-intl's headers (its request-header overrides, the locale cookie, Link) go along.
  return NextResponse.rewrite(url, { headers: response.headers })
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
