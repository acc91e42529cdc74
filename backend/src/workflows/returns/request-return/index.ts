import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createCooperativeReturnsStep } from "./steps/create-cooperative-returns"
import { type PlanReturnRequestInput, planReturnRequestStep } from "./steps/plan-return-request"

export type RequestReturnInput = PlanReturnRequestInput

/**
 * A shopper asks to send pieces of their order back: checked against the order (owner, shipped,
 * window, units left), then one return per cooperative is opened at its stock location. One
 * request per order at a time (a lock), so two at once cannot ask back the same unit twice.
 * Answers the ids of the returns opened.
 */
export const requestReturnWorkflow = createWorkflow("request-return", (input: RequestReturnInput) => {
  const lockKey = transform({ input }, ({ input }) => `telar:return-request:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const groups = planReturnRequestStep(input)
  const created = createCooperativeReturnsStep(
    transform({ input, groups }, ({ input, groups }) => ({ order_id: input.order_id, customer_id: input.customer_id, groups }))
  )
  releaseLockStep(transform({ lockKey, created }, ({ lockKey }) => ({ key: lockKey })))
  return new WorkflowResponse(created)
})
