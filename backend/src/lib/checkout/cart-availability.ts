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
  const { lines, variantUnits } = await loadCartStock(container, cartId)
  const items = lines.map((line) => ({
    line_item_id: line.id,
    variant_id: line.variant_id,
    title: line.product_title ?? line.title,
    requested: Number(line.quantity),
    available: variantUnits(line),
  }))
  return { ok: items.every((item) => item.available === null || item.available >= item.requested), items }
}
