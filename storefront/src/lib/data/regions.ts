import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { REGION_COOKIE, type RegionCode, regionFromCookie } from "@/lib/util/shop-path"
import { sdk, TAGS } from "./client"

export { REGION_COOKIE, type RegionCode }

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await sdk.client.fetch<{ regions: HttpTypes.StoreRegion[] }>("/store/regions", {
    next: { tags: [TAGS.regions] },
    cache: "force-cache",
  })
  return regions
}

/**
 * The shopper's region (currency), remembered in a cookie, independent of the language. Only for
 * what is the visitor's own (the cart); cached pages get the region from their path.
 */
export async function getRegionCode(): Promise<RegionCode> {
  return regionFromCookie((await cookies()).get(REGION_COOKIE)?.value)
}

/** The Medusa region serving a country code; the shopper's own (from the cookie) when none is given. */
export async function getRegion(code?: RegionCode): Promise<HttpTypes.StoreRegion> {
  const country = code ?? (await getRegionCode())
  const regions = await listRegions()
  const region = regions.find((candidate) => candidate.countries?.some((entry) => entry.iso_2 === country))
  if (!region) throw new Error(`No region serves country "${country}"`)
  return region
}
