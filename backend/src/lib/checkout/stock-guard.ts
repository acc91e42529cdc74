import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type StockNeed = { inventory_item_id: string; title: string; needed: number; available: number }

/**
 * What the cart needs of each stock-tracked inventory item, summed over all its lines (two lines
 * may draw on one item, medusajs/medusa#16502), against what the cart's sales channel still has.
 */
export async function cartStockNeeds(container: MedusaContainer, cartId: string): Promise<StockNeed[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "items.quantity",
      "items.title",
      "items.product_title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.inventory_items.inventory.location_levels.location_id",
      "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
      "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  if (!cart) return []
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: cart.sales_channel_id },
  })
  const locations = new Set(((channels[0] as any)?.stock_locations ?? []).map((location: any) => location.id))
  const needs = new Map<string, StockNeed>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const available = (link.inventory?.location_levels ?? [])
        .filter((level: any) => locations.has(level.location_id))
        .reduce((sum: number, level: any) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0), 0)
      const need = needs.get(link.inventory_item_id) ?? {
        inventory_item_id: link.inventory_item_id,
        title: item.product_title ?? item.title,
        needed: 0,
        available,
      }
      need.needed += Number(item.quantity) * Number(link.required_quantity || 1)
      needs.set(link.inventory_item_id, need)
    }
  }
  return [...needs.values()]
}
