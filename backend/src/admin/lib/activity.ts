import type { AdminCoordinator, AdminLedgerEntry, AdminProducerPriceRow, AdminStockChange } from "./types"

export const STOCK_SOURCE_LABELS: Record<AdminStockChange["source"], string> = {
  portal: "Coordinator portal",
  offline_sync: "Portal, synced after being offline",
  admin: "Admin",
}

export const STOCK_OUTCOME_LABELS: Record<AdminStockChange["outcome"], { label: string; color: "green" | "orange" | "red" }> = {
  applied: { label: "Applied", color: "green" },
  refused: { label: "Refused: below reserved units", color: "red" },
  conflict: { label: "Conflict: stock had changed", color: "orange" },
}

/** Who asked for a stock change: the coordinator by name when known, else the kind of actor and id. */
export function stockChangeActor(change: Pick<AdminStockChange, "actor_type" | "actor_id">, coordinators: AdminCoordinator[]): string {
  if (change.actor_type === "coordinator") {
    const coordinator = coordinators.find((candidate) => candidate.id === change.actor_id)
    return coordinator ? coordinator.name : `Coordinator ${change.actor_id}`
  }
  return `Staff (${change.actor_id})`
}

/** Variant ids to "Product · Variant (SKU)", from the cooperative's producer-price rows (which list every variant). */
export function variantNames(rows: AdminProducerPriceRow[] | null | undefined): Map<string, string> {
  const names = new Map<string, string>()
  for (const row of rows ?? []) {
    const variant = row.variant_title && row.variant_title !== row.product_title ? ` · ${row.variant_title}` : ""
    names.set(row.variant_id, `${row.product_title}${variant}${row.sku ? ` (${row.sku})` : ""}`)
  }
  return names
}

/** What a ledger entry refers to, most specific first: a payout, a return, a refund, an order. */
export function ledgerReference(entry: Pick<AdminLedgerEntry, "payout_id" | "return_id" | "refund_id" | "order_id">): string {
  if (entry.payout_id) return `Payout ${entry.payout_id}`
  if (entry.return_id) return `Return ${entry.return_id}`
  if (entry.refund_id) return `Refund ${entry.refund_id}`
  if (entry.order_id) return `Order ${entry.order_id}`
  return "—"
}

/** Dates for staff in Chiapas' time, e.g. "Dec 6, 2026, 10:42 AM". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—"
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return "—"
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Mexico_City" }).format(date)
}
