"use server"

import { cookies } from "next/headers"
import { refresh } from "next/cache"
import { REGION_COOKIE, type RegionCode } from "./regions"

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The currency switch (a plain form, so it also works without JavaScript). Remembers the region
 * in a cookie, lets the cart follow, and refreshes the page the shopper is on.
 *
 * refresh() instead of revalidatePath(): the pages read the cookie on every request and catalog
 * data is cached per region already, so there is nothing shared to invalidate — revalidatePath
 * would let any visitor purge the shared catalog cache by switching currency.
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
  refresh()
}
