import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { drawerCart } from "@/modules/layout/lib/drawer-cart"

export const dynamic = "force-dynamic"

/**
 * GET /api/cart?locale=es: the visitor's cart for the header's cart button (the pages around it are
 * cached for everyone, so it asks once they have loaded). Reads only the visitor's own cart cookie.
 */
export async function GET(request: NextRequest) {
  const requested = request.nextUrl.searchParams.get("locale")
  const locale = routing.locales.find((candidate) => candidate === requested) ?? routing.defaultLocale
  try {
    return NextResponse.json(await drawerCart(locale), { headers: { "cache-control": "private, no-store" } })
  } catch (error) {
    console.error("[telar cart] header cart", error)
    return NextResponse.json({ error: "cart unavailable" }, { status: 502, headers: { "cache-control": "private, no-store" } })
  }
}
