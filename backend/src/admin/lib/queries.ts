/** React Query keys of the Telar admin screens; invalidating a prefix refreshes everything under it. */
export const telarKeys = {
  all: ["telar"] as const,
  cooperatives: (params: Record<string, unknown>) => ["telar", "cooperatives", params] as const,
  cooperativeList: ["telar", "cooperatives"] as const,
  cooperative: (id: string) => ["telar", "cooperative", id] as const,
  coordinators: (id: string) => ["telar", "cooperative", id, "coordinators"] as const,
  stockChanges: (id: string, limit: number) => ["telar", "cooperative", id, "stock-changes", limit] as const,
  ledger: (id: string, limit: number) => ["telar", "cooperative", id, "ledger", limit] as const,
  balance: (id: string) => ["telar", "cooperative", id, "balance"] as const,
  producerPrices: (id: string) => ["telar", "cooperative", id, "producer-prices"] as const,
  artisans: (id: string) => ["telar", "cooperative", id, "artisans"] as const,
  exchangeRates: ["telar", "exchange-rates"] as const,
  product: (id: string) => ["telar", "product", id] as const,
}
