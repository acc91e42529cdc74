import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type StockLevel, tracksStock as variantTracksStock, unitsLeftAt, variantUnitsLeft } from "@telar/fair-trade"

export type CartStockLink = { inventory_item_id: string; required_quantity?: number | null; inventory?: { location_levels?: StockLevel[] } }
export type CartStockLine = {
  id: string
  title: string
  product_title?: string | null
  variant_id: string
  quantity: number
  variant?: { manage_inventory?: boolean | null; allow_backorder?: boolean | null; inventory_items?: CartStockLink[] } | null
}

/**
 * A cart's lines with their stock records, and how many units of an inventory item the cart's
 * sales channel still has (stocked minus reserved, over the channel's locations). The one place
 * both the shopper's availability check and the completion's stock guard read stock from.
 */
export async function loadCartStock(container: MedusaContainer, cartId: string) {
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
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.inventory_items.inventory.location_levels.location_id",
      "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
      "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as { sales_channel_id: string; items?: (CartStockLine | null)[] } | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart "${cartId}" was not found.`)
  }
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: cart.sales_channel_id },
  })
  const locations = new Set<string>(((channels[0] as any)?.stock_locations ?? []).map((location: { id: string }) => location.id))
  const lines = (cart.items ?? []).filter((line): line is CartStockLine => !!line)
  /** Lines that draw on tracked stock (the shared rule; a line whose variant is gone has none to draw on). */
  const tracksStock = (line: CartStockLine) => !!line.variant && variantTracksStock(line.variant)
  const unitsLeft = (link: CartStockLink) => unitsLeftAt(link.inventory?.location_levels, locations)
  /** Units of the line's variant the channel can still sell; null when its stock is not tracked or it has no inventory. */
  const variantUnits = (line: CartStockLine) => {
    const links = line.variant?.inventory_items ?? []
    if (!tracksStock(line) || !links.length) return null
    return variantUnitsLeft(
      links.map((link) => ({ required_quantity: link.required_quantity, levels: link.inventory?.location_levels })),
      locations
    )
  }
  return { lines, tracksStock, unitsLeft, variantUnits }
}
