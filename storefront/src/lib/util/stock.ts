/** "Only N left" from this many units down. */
export const LOW_STOCK_THRESHOLD = 5

export type StockState = { kind: "sold_out" } | { kind: "one_of_a_kind" } | { kind: "low"; left: number } | { kind: "in_stock" }

export type StockInput = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  /** product.metadata.one_of_a_kind */
  one_of_a_kind?: boolean
}

/** What the shopper is told about availability; "sold_out" must never be addable to the cart. */
export function stockState({ manage_inventory, allow_backorder, inventory_quantity, one_of_a_kind }: StockInput): StockState {
  if (manage_inventory === false || allow_backorder) return one_of_a_kind ? { kind: "one_of_a_kind" } : { kind: "in_stock" }
  const left = Math.max(0, Math.trunc(inventory_quantity ?? 0))
  if (left === 0) return { kind: "sold_out" }
  if (one_of_a_kind) return { kind: "one_of_a_kind" }
  if (left <= LOW_STOCK_THRESHOLD) return { kind: "low", left }
  return { kind: "in_stock" }
}

export function isPurchasable(state: StockState): boolean {
  return state.kind !== "sold_out"
}
