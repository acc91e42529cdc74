import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPendingRequestStep, recordReviewStep } from "../steps/product-requests"

export const PRODUCT_REQUEST_RETURNED = "product_request.returned"

export type ReturnProductRequestInput = { id: string; reviewed_by: string; comment: string }

/** Sends a pending request back to its coordinator with staff's comment (they may change it and send it again). */
export const returnProductRequestWorkflow = createWorkflow("return-product-request", (input: ReturnProductRequestInput) => {
  const lockKey = transform({ input }, ({ input }) => `telar:product-request:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const request = loadPendingRequestStep({ id: input.id })
  recordReviewStep(
    transform({ input, request }, ({ input, request }) => ({
      id: request.id,
      revision: request.revision,
      reviewed_by: input.reviewed_by,
      to: "returned" as const,
      staff_comment: input.comment,
    }))
  )
  emitEventStep({
    eventName: PRODUCT_REQUEST_RETURNED,
    data: transform({ request }, ({ request }) => ({ id: request.id, revision: request.revision })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
