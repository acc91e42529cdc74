import type { MedusaContainer } from "@medusajs/framework/types"
import { loadCartStock } from "./cart-stock"

export type StockNeed = { inventory_item_id: string; title: string; needed: number; available: number }

/**
 * What the cart needs of each stock-tracked inventory item, summed over all its lines (two lines
 * may draw on one item, medusajs/medusa#16502), against what the cart's sales channel still has.
 */
export async function cartStockNeeds(container: MedusaContainer, cartId: string): Promise<StockNeed[]> {
  const { lines, tracksStock, unitsLeft } = await loadCartStock(container, cartId)
  const needs = new Map<string, StockNeed>()
  for (const line of lines.filter(tracksStock)) {
    for (const link of line.variant?.inventory_items ?? []) {
      const need = needs.get(link.inventory_item_id) ?? {
        inventory_item_id: link.inventory_item_id,
        title: line.product_title ?? line.title,
        needed: 0,
        available: unitsLeft(link),
      }
      need.needed += Number(line.quantity) * Number(link.required_quantity || 1)
      needs.set(link.inventory_item_id, need)
    }
  }
  return [...needs.values()]
}
