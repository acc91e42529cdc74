import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ParcelStatus } from "@telar/types"
import { checkParcelOrderStep } from "./steps/check-parcel-order"
import { moveParcelStep } from "./steps/move-parcel"

export type SetParcelStatusInput = {
  order_id: string
  cooperative_id: string
  /** The coordinator's language: refusals are written in it. */
  language: string
  status: Exclude<ParcelStatus, "pending">
  actor_id: string
  carrier?: string | null
  tracking_number?: string | null
  client_mutation_id?: string | null
}

/**
 * A coordinator reports their cooperative's parcel of an order ready, or handed to a carrier:
 * only for an order holding the cooperative's pieces and not canceled, only forward, once.
 */
export const setParcelStatusWorkflow = createWorkflow("set-parcel-status", (input: SetParcelStatusInput) => {
  const order = checkParcelOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, language: input.language }))
  )
  const move = moveParcelStep(
    transform({ input, order }, ({ input, order }) => ({
      order_id: input.order_id,
      cooperative_id: input.cooperative_id,
      status: input.status,
      actor_id: input.actor_id,
      carrier: input.status === "handed_to_carrier" ? (input.carrier ?? null) : null,
      tracking_number: input.status === "handed_to_carrier" ? (input.tracking_number ?? null) : null,
      client_mutation_id: input.client_mutation_id ?? null,
      language: input.language,
      number: order.number,
    }))
  )
  return new WorkflowResponse(transform({ move, order }, ({ move, order }) => ({ outcome: move.outcome, number: order.number })))
})
