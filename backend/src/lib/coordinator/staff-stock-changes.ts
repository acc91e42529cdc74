import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { StockChangeRecord } from "../../workflows/coordinator/steps/stock-changes"

/**
 * Staff change stock through Medusa's own admin routes (the inventory screens of the dashboard).
 * These helpers let a middleware around those routes record each change made at a cooperative's
 * stock location, as the portal records a coordinator's: who, when, from what to what, source admin.
 */

/** One inventory level: an item at a stock location. */
export type LevelKey = { inventory_item_id: string; location_id: string }
/** A level at a cooperative's own location: its changes are the cooperative's to see. */
export type WatchedLevel = LevelKey & { cooperative_id: string }
export type LevelCount = { stocked: number; reserved: number }

const keyOf = (level: LevelKey) => `${level.inventory_item_id}@${level.location_id}`

/** Of these levels, those at a cooperative's stock location (each once), with its cooperative. */
export async function atCooperativeLocations(container: MedusaContainer, levels: LevelKey[]): Promise<WatchedLevel[]> {
  const unique = [...new Map(levels.map((level) => [keyOf(level), level])).values()]
  if (!unique.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "cooperative.id"],
    filters: { id: [...new Set(unique.map((level) => level.location_id))] },
  })
  const cooperativeOf = new Map(
    (locations as { id: string; cooperative?: { id: string } | null }[])
      .filter((location) => location.cooperative?.id)
      .map((location) => [location.id, location.cooperative?.id as string])
  )
  return unique.flatMap((level) => {
    const cooperative_id = cooperativeOf.get(level.location_id)
    return cooperative_id ? [{ ...level, cooperative_id }] : []
  })
}

/** The (item, location) of inventory levels named by id, as batch deletes name them. */
export async function levelKeysOf(container: MedusaContainer, levelIds: string[]): Promise<LevelKey[]> {
  if (!levelIds.length) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ id: levelIds }, { select: ["inventory_item_id", "location_id"] })
  return levels.map((level) => ({ inventory_item_id: level.inventory_item_id, location_id: level.location_id }))
}

/** The current counts of these levels; a level that does not exist is missing from the map. */
export async function readLevels(container: MedusaContainer, levels: LevelKey[]): Promise<Map<string, LevelCount>> {
  const counts = new Map<string, LevelCount>()
  if (!levels.length) return counts
  const found = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    {
      inventory_item_id: [...new Set(levels.map((level) => level.inventory_item_id))],
      location_id: [...new Set(levels.map((level) => level.location_id))],
    },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  for (const level of found) {
    counts.set(keyOf(level), { stocked: Number(level.stocked_quantity ?? 0), reserved: Number(level.reserved_quantity ?? 0) })
  }
  return counts
}

/** The variant each inventory item stocks (the first, should several share it); "" for an item no variant uses. */
async function variantsOf(container: MedusaContainer, inventoryItemIds: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "variants.id"], filters: { id: inventoryItemIds } })
  return new Map(
    (items as { id: string; variants?: ({ id: string } | null)[] | null }[]).map((item) => [
      item.id,
      (item.variants ?? [])
        .flatMap((variant) => (variant ? [variant.id] : []))
        .sort()
        .at(0) ?? "",
    ])
  )
}

/**
 * What staff changed: one applied change for each watched level whose stocked quantity moved
 * between `before` and `after` (a removed level went to 0). A level that did not exist before is
 * set up, not changed: nothing is recorded for it, as for the first stock of a new piece.
 */
export async function staffStockChanges(
  container: MedusaContainer,
  actorId: string,
  watched: WatchedLevel[],
  before: Map<string, LevelCount>,
  after: Map<string, LevelCount>
): Promise<StockChangeRecord[]> {
  const moved = watched.filter((level) => {
    const was = before.get(keyOf(level))
    return was !== undefined && was.stocked !== (after.get(keyOf(level))?.stocked ?? 0)
  })
  if (!moved.length) return []
  const variants = await variantsOf(container, [...new Set(moved.map((level) => level.inventory_item_id))])
  return moved.map((level) => {
    const now = after.get(keyOf(level))
    return {
      cooperative_id: level.cooperative_id,
      actor_type: "user",
      actor_id: actorId,
      // Staff send no mutation id; each change gets its own, so none is ever taken for a replay.
      client_mutation_id: `admin:${randomUUID()}`,
      source: "admin",
      variant_id: variants.get(level.inventory_item_id) ?? "",
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      outcome: "applied",
      previous_quantity: before.get(keyOf(level))?.stocked ?? 0,
      new_quantity: now?.stocked ?? 0,
      reserved_quantity: now?.reserved ?? 0,
    }
  })
}

/** Appends staff's changes to their cooperatives' records. */
export async function recordStaffStockChanges(container: MedusaContainer, records: StockChangeRecord[]): Promise<void> {
  if (records.length) await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).createStockChanges(records)
}
