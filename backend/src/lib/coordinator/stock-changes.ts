import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { unitsLeft } from "@telar/fair-trade"
import type { StockChangeResult } from "@telar/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type { StockChangeOutcome, StockChangeSource } from "../../modules/cooperative/models/stock-change"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { setShelfStockWorkflow } from "../../workflows/coordinator/set-shelf-stock"
import type { StockChangeRecord } from "../../workflows/coordinator/steps/stock-changes"
import { coordinatorMessages } from "./messages"
import { loadShelf, type ShelfVariant } from "./shelf"

/** The same lock the checkout holds while it reserves an item: a stock edit never races a sale. */
export const STOCK_LOCK_TIMEOUT_SECONDS = 30

/** The lock key of one inventory item's stock (the checkout builds the same key). */
export const stockLockKey = (inventoryItemId: string) => `telar:stock:${inventoryItemId}`

export type StockChangeRequest = {
  client_mutation_id: string
  variant_id: string
  stocked_quantity?: number
  delta?: number
  /** What the client believed the stock was: a different current value is a conflict, never overwritten. */
  expected_stocked_quantity?: number
}

export type StockChangeActor = {
  cooperative_id: string
  actor_type: "coordinator" | "user"
  actor_id: string
  language: string
}

type Recorded = {
  outcome: StockChangeOutcome
  previous_quantity: number
  new_quantity: number
  reserved_quantity: number
  variant_id: string
}

function describe(actor: StockChangeActor, title: string, change: Recorded, current: number) {
  const messages = coordinatorMessages(actor.language)
  if (change.outcome === "applied") return messages.applied({ title, quantity: change.new_quantity })
  if (change.outcome === "conflict") return messages.conflict({ title, quantity: current })
  return change.new_quantity < 0 ? messages.negative({ title }) : messages.belowReserved({ title, reserved: change.reserved_quantity })
}

/**
 * Applies a batch of stock changes to one cooperative's shelf, in order, each exactly once. Every
 * variant must be the cooperative's own, or nothing happens (404). Each change is decided under the
 * inventory item's lock (shared with the checkout): it may not go below the units placed orders
 * hold, and with `expected_stocked_quantity` it may not overwrite a change it did not see.
 */
export async function applyStockChanges(
  container: MedusaContainer,
  actor: StockChangeActor,
  changes: StockChangeRequest[],
  source: StockChangeSource
): Promise<StockChangeResult[]> {
  const shelf = await loadShelf(container, actor.cooperative_id, actor.language)
  const variants = new Map<string, ShelfVariant>(
    shelf.products.flatMap((product) => product.variants.map((variant) => [variant.id, variant]))
  )
  const unknown = changes.filter((change) => !variants.has(change.variant_id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No piece ${unknown.map((change) => change.variant_id).join(", ")} on this cooperative's shelf.`
    )
  }
  if (!shelf.location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cooperative has no stock location yet: ask the Telar team to set it up.")
  }
  const untracked = changes.filter((change) => !variants.get(change.variant_id)?.inventory_item_id)
  if (untracked.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The stock of ${untracked.map((change) => change.variant_id).join(", ")} is not tracked.`
    )
  }

  const results: StockChangeResult[] = []
  for (const change of changes) {
    const variant = variants.get(change.variant_id) as ShelfVariant & { inventory_item_id: string }
    const result = await container
      .resolve(Modules.LOCKING)
      .execute(
        stockLockKey(variant.inventory_item_id),
        () => applyOne(container, actor, change, variant, shelf.location_id as string, source),
        { timeout: STOCK_LOCK_TIMEOUT_SECONDS }
      )
    results.push(result)
  }
  return results
}

async function previousOutcome(container: MedusaContainer, actor: StockChangeActor, clientMutationId: string): Promise<Recorded | null> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [recorded] = await service.listStockChanges({ actor_id: actor.actor_id, client_mutation_id: clientMutationId }, { take: 1 })
  return (recorded as Recorded | undefined) ?? null
}

async function currentLevel(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  let [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId }, { take: 1 })
  if (!level) {
    // A piece added before its location was stocked: start it at zero there.
    ;[level] = await inventory.createInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: 0 }])
  }
  return { stocked: Number(level.stocked_quantity ?? 0), reserved: Number(level.reserved_quantity ?? 0), available: unitsLeft(level) }
}

async function applyOne(
  container: MedusaContainer,
  actor: StockChangeActor,
  change: StockChangeRequest,
  variant: ShelfVariant & { inventory_item_id: string },
  locationId: string,
  source: StockChangeSource
): Promise<StockChangeResult> {
  const answer = async (recorded: Recorded, replayed: boolean): Promise<StockChangeResult> => {
    const level = await currentLevel(container, variant.inventory_item_id, locationId)
    return {
      client_mutation_id: change.client_mutation_id,
      variant_id: recorded.variant_id,
      outcome: recorded.outcome,
      stocked_quantity: level.stocked,
      reserved_quantity: level.reserved,
      available_quantity: level.available,
      message: describe(actor, variant.label, recorded, level.stocked),
      replayed,
    }
  }

  const earlier = await previousOutcome(container, actor, change.client_mutation_id)
  if (earlier) return answer(earlier, true)

  const { stocked, reserved } = await currentLevel(container, variant.inventory_item_id, locationId)
  const wanted = change.stocked_quantity ?? stocked + (change.delta ?? 0)
  let outcome: StockChangeOutcome = "applied"
  if (change.expected_stocked_quantity !== undefined && change.expected_stocked_quantity !== stocked) outcome = "conflict"
  else if (wanted < 0 || wanted < reserved) outcome = "refused"

  const record: StockChangeRecord = {
    cooperative_id: actor.cooperative_id,
    actor_type: actor.actor_type,
    actor_id: actor.actor_id,
    client_mutation_id: change.client_mutation_id,
    source,
    variant_id: variant.id,
    inventory_item_id: variant.inventory_item_id,
    location_id: locationId,
    outcome,
    previous_quantity: stocked,
    new_quantity: wanted,
    reserved_quantity: reserved,
  }
  try {
    if (outcome === "applied") await setShelfStockWorkflow(container).run({ input: record })
    else await recordOnly(container, record)
  } catch (error) {
    // The same mutation id arrived twice at once (on another item's lock): the first one stands.
    const first = await previousOutcome(container, actor, change.client_mutation_id)
    if (first) return answer(first, true)
    throw error
  }
  return answer(record, false)
}

/** A refused or conflicting change moves no stock; only the record is written. */
async function recordOnly(container: MedusaContainer, record: StockChangeRecord) {
  await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).createStockChanges(record)
}
