import { model } from "@medusajs/framework/utils"

export const STOCK_CHANGE_SOURCES = ["portal", "offline_sync", "admin"] as const
export type StockChangeSource = (typeof STOCK_CHANGE_SOURCES)[number]

/** applied: the stock moved; refused: below the reserved units; conflict: the stock had moved since the client saw it. */
export const STOCK_CHANGE_OUTCOMES = ["applied", "refused", "conflict"] as const
export type StockChangeOutcome = (typeof STOCK_CHANGE_OUTCOMES)[number]

/**
 * Every stock change asked of a cooperative's shelf, applied or not: who, when, from what to what,
 * from where. Appended, never edited. `client_mutation_id` makes a replayed request change nothing
 * and answer as the first one did (unique per actor).
 */
export const StockChange = model
  .define("stock_change", {
    id: model.id({ prefix: "stchg" }).primaryKey(),
    cooperative_id: model.text(),
    actor_type: model.enum(["coordinator", "user"]),
    actor_id: model.text(),
    client_mutation_id: model.text(),
    source: model.enum([...STOCK_CHANGE_SOURCES]),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    outcome: model.enum([...STOCK_CHANGE_OUTCOMES]),
    previous_quantity: model.number(),
    new_quantity: model.number(),
    reserved_quantity: model.number(),
  })
  .indexes([{ on: ["actor_id", "client_mutation_id"], unique: true }, { on: ["cooperative_id", "created_at"] }])
