import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { sdk, TAGS } from "./client"

export const REGION_COOKIE = "telar_region"
export type RegionCode = "us" | "mx"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await sdk.client.fetch<{ regions: HttpTypes.StoreRegion[] }>("/store/regions", {
    next: { tags: [TAGS.regions] },
    cache: "force-cache",
  })
  return regions
}

/** The shopper's region (currency), remembered in a cookie, independent of the language. */
export async function getRegionCode(): Promise<RegionCode> {
  const value = (await cookies()).get(REGION_COOKIE)?.value
  return value === "mx" ? "mx" : "us"
}

export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const code = await getRegionCode()
  const regions = await listRegions()
  const region = regions.find((candidate) => candidate.countries?.some((country) => country.iso_2 === code))
  if (!region) throw new Error(`No region serves country "${code}"`)
  return region
}
