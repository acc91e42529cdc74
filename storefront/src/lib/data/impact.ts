import "server-only"
import { SHARED_REVALIDATE, sdk, TAGS } from "./client"
import type { Impact } from "@/lib/util/types"

/** The network's numbers for the home page, from GET /store/impact; null when it cannot answer. */
export async function getImpact(): Promise<Impact | null> {
  try {
    return await sdk.client.fetch<Impact>("/store/impact", {
      // impact: a payout marked paid moves "paid to cooperatives" and "families reached".
      next: { tags: [TAGS.products, TAGS.cooperatives, TAGS.exchangeRate, TAGS.impact], revalidate: SHARED_REVALIDATE },
      cache: "force-cache",
    })
  } catch (error) {
    console.error("[telar] impact figures unavailable", error)
    return null
  }
}
