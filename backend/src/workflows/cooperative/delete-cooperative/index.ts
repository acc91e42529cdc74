import { deleteStockLocationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertCooperativeHasNoProductsStep, softDeleteCooperativeStep } from "../steps/delete-cooperative"

export const deleteCooperativeWorkflow = createWorkflow("delete-cooperative", (input: { id: string }) => {
  const { data } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "name", "products.id", "stock_location.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const summary = transform({ data }, ({ data }) => ({
    name: data[0].name as string,
    product_count: (data[0].products ?? []).length,
    stock_location_id: (data[0].stock_location?.id ?? null) as string | null,
  }))
  assertCooperativeHasNoProductsStep(summary)
  softDeleteCooperativeStep({ id: input.id })
  when({ summary }, ({ summary }) => !!summary.stock_location_id).then(() => {
    const ids = transform({ summary }, ({ summary }) => ({ ids: [summary.stock_location_id!] }))
    deleteStockLocationsWorkflow.runAsStep({ input: ids })
  })
  return new WorkflowResponse({ id: input.id, deleted: true })
})
