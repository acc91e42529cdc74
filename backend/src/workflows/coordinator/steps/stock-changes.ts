import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type { StockChangeOutcome, StockChangeSource } from "../../../modules/cooperative/models/stock-change"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type StockChangeRecord = {
  cooperative_id: string
  actor_type: "coordinator" | "user"
  actor_id: string
  client_mutation_id: string
  source: StockChangeSource
  variant_id: string
  inventory_item_id: string
  location_id: string
  outcome: StockChangeOutcome
  previous_quantity: number
  new_quantity: number
  reserved_quantity: number
}

/** Appends one stock change to the cooperative's record (the unique mutation id makes a replay fail here). */
export const recordStockChangeStep = createStep(
  "record-stock-change",
  async (input: StockChangeRecord, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const change = await service.createStockChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteStockChanges(id)
  }
)
