import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.required_quantity",
      "items.variant.inventory_items.inventory.location_levels.location_id",
      "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
      "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart "${cartId}" was not found.`)
  }
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: cart.sales_channel_id },
  })
  const locations = new Set((channels[0]?.stock_locations ?? []).map((location: any) => location.id))

  const items = (cart.items ?? []).filter(Boolean).map((item: any) => {
    const variant = item.variant
    let available = Number.MAX_SAFE_INTEGER
    if (variant?.manage_inventory && !variant.allow_backorder) {
      for (const link of variant.inventory_items ?? []) {
        const units = (link.inventory?.location_levels ?? [])
          .filter((level: any) => locations.has(level.location_id))
          .reduce((sum: number, level: any) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0), 0)
        available = Math.min(available, Math.floor(units / Number(link.required_quantity || 1)))
      }
    }
    return {
      line_item_id: item.id,
      variant_id: item.variant_id,
      title: item.product_title ?? item.title,
      requested: Number(item.quantity),
      available: available === Number.MAX_SAFE_INTEGER ? null : available,
    }
  })
  return { ok: items.every((item: any) => item.available === null || item.available >= item.requested), items }
}
