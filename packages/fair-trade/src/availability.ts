/**
 * "Can this variant be bought, and how many?": the one rule the catalog, the product page, the
 * cart and the checkout's stock guard all use.
 *
 * A variant whose `manage_inventory` was not loaded counts as managed (Medusa's default): the
 * shop never offers a piece it cannot vouch for. Backorders lift the limit.
 */

export type VariantStock = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  /** Units the sales channel can still sell (stocked − reserved over its locations); Medusa's `inventory_quantity`. */
  inventory_quantity?: number | string | null
}

export type VariantAvailability =
  | { tracked: false; available: null; purchasable: true }
  | { tracked: true; available: number; purchasable: boolean }

/** Whether sales of this variant are limited by its stock. */
export function tracksStock(variant: Pick<VariantStock, "manage_inventory" | "allow_backorder">): boolean {
  return variant.manage_inventory !== false && !variant.allow_backorder
}

/** Never negative, never fractional: over-reserved stock is simply none left. */
function wholeUnits(value: number | string | null | undefined): number {
  const units = Math.floor(Number(value ?? 0))
  return Number.isFinite(units) && units > 0 ? units : 0
}

export function variantAvailability(variant: VariantStock): VariantAvailability {
  if (!tracksStock(variant)) return { tracked: false, available: null, purchasable: true }
  const available = wholeUnits(variant.inventory_quantity)
  return { tracked: true, available, purchasable: available > 0 }
}

/** Whether `quantity` units can be bought now. */
export function canBuy(variant: VariantStock, quantity = 1): boolean {
  if (!Number.isInteger(quantity) || quantity < 1) return false
  const availability = variantAvailability(variant)
  return availability.available === null || availability.available >= quantity
}

export type StockLevel = {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}

/** Units one stock level can still sell: stocked − reserved, never negative, never fractional. */
export function unitsLeft(level: Pick<StockLevel, "stocked_quantity" | "reserved_quantity"> | null | undefined): number {
  return wholeUnits(Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0))
}

/** Units of one inventory item left at the given locations (the sales channel's): stocked − reserved, summed. */
export function unitsLeftAt(levels: readonly StockLevel[] | null | undefined, locations: ReadonlySet<string>): number {
  let units = 0
  for (const level of levels ?? []) {
    if (locations.has(level.location_id)) units += Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
  }
  return wholeUnits(units)
}

export type InventoryNeed = { required_quantity?: number | string | null; levels?: readonly StockLevel[] | null }

/**
 * Units of a variant that can be sold from its inventory items (a set needs each of its parts):
 * the smallest, over its items, of floor(units left / units needed per variant).
 */
export function variantUnitsLeft(items: readonly InventoryNeed[], locations: ReadonlySet<string>): number {
  if (!items.length) return 0
  return Math.min(
    ...items.map((item) => Math.floor(unitsLeftAt(item.levels, locations) / Math.max(1, wholeUnits(item.required_quantity ?? 1))))
  )
}
