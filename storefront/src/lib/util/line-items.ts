/** The cooperative that makes (and ships) a product. */
export type CooperativeRef = { id: string; handle: string; name: string }

export type GroupableItem = {
  id: string
  product_id?: string | null
  quantity: number
  unit_price?: number | null
  subtotal?: number | null
}

export type CooperativeGroup<T extends GroupableItem> = {
  /** null for pieces whose cooperative is unknown (kept together, listed last). */
  cooperative: CooperativeRef | null
  items: T[]
  /** Quantity of pieces in this parcel. */
  count: number
}

/**
 * Groups cart lines by cooperative, because each cooperative ships its own parcel. Groups keep
 * the order in which their first piece appears in the cart; lines keep their own order.
 */
export function groupByCooperative<T extends GroupableItem>(
  items: readonly T[],
  cooperativeOf: (item: T) => CooperativeRef | null | undefined
): CooperativeGroup<T>[] {
  const groups = new Map<string, CooperativeGroup<T>>()
  const unknown: CooperativeGroup<T> = { cooperative: null, items: [], count: 0 }
  for (const item of items) {
    const cooperative = cooperativeOf(item) ?? null
    let group = unknown
    if (cooperative) {
      group = groups.get(cooperative.id) ?? { cooperative, items: [], count: 0 }
      groups.set(cooperative.id, group)
    }
    group.items.push(item)
    group.count += item.quantity
  }
  const result = [...groups.values()]
  if (unknown.items.length) result.push(unknown)
  return result
}

/** Sorts lines by when they were added (Medusa returns them in no promised order). */
export function sortLines<T extends { created_at?: string | Date | null; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const ta = a.created_at ? new Date(a.created_at).getTime() : 0
    const tb = b.created_at ? new Date(b.created_at).getTime() : 0
    return ta - tb || a.id.localeCompare(b.id)
  })
}

/** Number of pieces in a cart (quantities summed). */
export function itemCount(items: ReadonlyArray<{ quantity: number }> | null | undefined): number {
  return (items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
}
