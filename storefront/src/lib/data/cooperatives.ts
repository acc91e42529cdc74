import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { SHARED_REVALIDATE, sdk, TAGS } from "./client"
import type { Cooperative, CooperativeDetail } from "@/lib/util/types"

/** All cooperatives with their product counts; the same for every visitor. */
export async function listCooperatives(): Promise<Cooperative[]> {
  const { cooperatives } = await sdk.client.fetch<{ cooperatives: Cooperative[] }>("/store/cooperatives", {
    next: { tags: [TAGS.cooperatives, TAGS.products], revalidate: SHARED_REVALIDATE },
    cache: "force-cache",
  })
  return cooperatives
}

/** One cooperative with its artisans and published products, or null if there is none. */
export async function getCooperative(handle: string): Promise<CooperativeDetail | null> {
  if (!/^[a-z0-9][a-z0-9_-]{0,99}$/i.test(handle)) return null
  try {
    const { cooperative } = await sdk.client.fetch<{ cooperative: CooperativeDetail }>(
      `/store/cooperatives/${encodeURIComponent(handle)}`,
      { next: { tags: [TAGS.cooperatives, TAGS.products], revalidate: SHARED_REVALIDATE }, cache: "force-cache" }
    )
    return cooperative
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
