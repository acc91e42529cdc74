import "server-only"
import { sdk, TAGS } from "./client"
import type { ExchangeRateInfo } from "@/lib/util/types"

/** The USD/MXN rate the network uses to convert producer prices; null if none is set. */
export async function getExchangeRate(): Promise<ExchangeRateInfo | null> {
  try {
    const { exchange_rate } = await sdk.client.fetch<{ exchange_rate: ExchangeRateInfo | null }>("/store/exchange-rate", {
      // Shared cache; also refreshed hourly in case a rate change is not announced to /api/revalidate.
      next: { tags: [TAGS.exchangeRate], revalidate: 3600 },
    })
    return exchange_rate ?? null
  } catch (error) {
    console.error("[telar] exchange rate unavailable", error)
    return null
  }
}
