"use server"

import { cookies, headers } from "next/headers"
import { RedirectType, redirect } from "next/navigation"
import { returnPath } from "@/lib/util/shop-path"
import { REGION_COOKIE, type RegionCode } from "./regions"

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The currency switch (a plain form, so it also works without JavaScript). Remembers the region
 * in a cookie, lets the cart follow, and sends the shopper back to the page they were on.
 *
 * A redirect, not refresh(): this request was already routed to the old region's cached page
 * (the proxy reads the cookie first), so only a new request shows the new currency. Nothing
 * shared is invalidated: any visitor may switch.
 */
export async function setRegion(formData: FormData): Promise<void> {
  const value = formData.get("region")
  if (value !== "us" && value !== "mx") return
  const code: RegionCode = value
  const store = await cookies()
  if (store.get(REGION_COOKIE)?.value === code) return
  store.set(REGION_COOKIE, code, {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  })
  // The cart (built separately) moves to the new region's currency if it implements the hook.
  await import("@/lib/data/cart")
    .then((cart: { onRegionChange?: (code: RegionCode) => unknown }) => cart.onRegionChange?.(code))
    .catch(() => {})
  redirect(returnPath((await headers()).get("referer"), formData.get("locale")), RedirectType.replace)
}
