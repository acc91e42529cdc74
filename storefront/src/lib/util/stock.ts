import { variantAvailability } from "@telar/fair-trade"

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
export function stockState({ one_of_a_kind, ...variant }: StockInput): StockState {
  const availability = variantAvailability(variant)
  if (!availability.purchasable) return { kind: "sold_out" }
  if (one_of_a_kind) return { kind: "one_of_a_kind" }
  if (availability.available === null) return { kind: "in_stock" }
  const left = availability.available
  if (left <= LOW_STOCK_THRESHOLD) return { kind: "low", left }
  return { kind: "in_stock" }
}

export function isPurchasable(state: StockState): boolean {
  return state.kind !== "sold_out"
}
/** Largest quantity offered in a quantity picker when stock is not tracked. */
export const MAX_PER_LINE = 10

/**
 * The quantities a shopper can choose for a line: 1..min(stock, MAX_PER_LINE). When stock has
 * dropped below what is already in the cart, the current quantity stays selectable (so the
 * picker shows the truth) but is flagged elsewhere as too many.
 */
export function quantityChoices(available: number | null | undefined, current: number): number[] {
  const stock = available === null || available === undefined ? MAX_PER_LINE : Math.max(0, Math.floor(available))
  const top = Math.max(Math.min(stock, MAX_PER_LINE), current, 1)
  return Array.from({ length: top }, (_, index) => index + 1)
}

/** Keeps a requested quantity within 1..stock (and the per-line cap). */
export function clampQuantity(requested: number, available: number | null | undefined): number {
  const wanted = Math.max(1, Math.floor(Number.isFinite(requested) ? requested : 1))
  const limit = available === null || available === undefined ? MAX_PER_LINE : Math.min(MAX_PER_LINE, Math.max(0, available))
  return Math.min(wanted, Math.max(limit, 0)) || 0
}

export type AvailabilityLine = {
  line_item_id: string
  variant_id?: string | null
  title: string
  requested: number
  /** null: stock is not tracked for this piece. */
  available: number | null
}

export type StockProblem = AvailabilityLine & {
  /** soldOut: none left; tooMany: fewer left than requested. */
  kind: "soldOut" | "tooMany"
  available: number
}

/** The lines that can no longer be had as they are in the cart. */
export function stockProblems(lines: readonly AvailabilityLine[] | null | undefined): StockProblem[] {
  const problems: StockProblem[] = []
  for (const line of lines ?? []) {
    if (line.available === null || line.available === undefined) continue
    if (line.available >= line.requested) continue
    problems.push({ ...line, available: Math.max(0, line.available), kind: line.available <= 0 ? "soldOut" : "tooMany" })
  }
  return problems
}
