import { updateInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordStockChangeStep, type StockChangeRecord } from "../steps/stock-changes"

/**
 * Sets a cooperative's stock of one inventory item at its own location and records who did it,
 * from what to what; if the record cannot be written (a replayed mutation id), the stock goes back.
 */
export const setShelfStockWorkflow = createWorkflow("set-shelf-stock", (input: StockChangeRecord) => {
  updateInventoryLevelsStep(
    transform({ input }, ({ input }) => [
      { inventory_item_id: input.inventory_item_id, location_id: input.location_id, stocked_quantity: input.new_quantity },
    ])
  )
  const change = recordStockChangeStep(input)
  return new WorkflowResponse(change)
})
