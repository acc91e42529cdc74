import type { MedusaContainer } from "@medusajs/framework/types"
import { loadCartStock } from "./cart-stock"

export type CartAvailability = {
  ok: boolean
  items: { line_item_id: string; variant_id: string; title: string; requested: number; available: number | null }[]
}

/**
 * Whether every line of the cart can still be had, so the shopper hears about a piece that sold
 * out before paying, never after. Counts what is available in the cart's sales channel;
 * `available` is null for variants that do not track stock.
 */
export async function cartAvailability(container: MedusaContainer, cartId: string): Promise<CartAvailability> {
  const { lines, tracksStock, unitsLeft } = await loadCartStock(container, cartId)
  const items = lines.map((line) => {
    let available: number | null = null
    if (tracksStock(line)) {
      for (const link of line.variant?.inventory_items ?? []) {
        const units = Math.floor(unitsLeft(link) / Number(link.required_quantity || 1))
        available = available === null ? units : Math.min(available, units)
      }
    }
    return {
      line_item_id: line.id,
      variant_id: line.variant_id,
      title: line.product_title ?? line.title,
      requested: Number(line.quantity),
      available,
    }
  })
  return { ok: items.every((item) => item.available === null || item.available >= item.requested), items }
}
