import type { MedusaContainer } from "@medusajs/framework/types"
import type { ParcelStatus, ParcelStatusResult } from "@telar/types"
import { setParcelStatusWorkflow } from "../../workflows/coordinator/set-parcel-status"
import { type CoordinatorScope, retrieveCoordinatorOrder } from "./orders"
import { parcelMessages } from "./parcel-messages"

export type ParcelStatusRequest = {
  status: Exclude<ParcelStatus, "pending">
  carrier?: string
  tracking_number?: string
  client_mutation_id?: string
}

/** Moves the cooperative's parcel of an order forward and answers with the order as the coordinator now sees it. */
export async function setParcelStatus(
  container: MedusaContainer,
  coordinator: CoordinatorScope & { actor_id: string },
  orderId: string,
  request: ParcelStatusRequest
): Promise<ParcelStatusResult> {
  const { result } = await setParcelStatusWorkflow(container).run({
    input: {
      order_id: orderId,
      cooperative_id: coordinator.cooperative_id,
      language: coordinator.language,
      actor_id: coordinator.actor_id,
      status: request.status,
      carrier: request.carrier ?? null,
      tracking_number: request.tracking_number ?? null,
      client_mutation_id: request.client_mutation_id ?? null,
    },
  })
  const order = await retrieveCoordinatorOrder(container, coordinator, orderId)
  const messages = parcelMessages(coordinator.language)
  const replayed = result.outcome !== "moved"
  return {
    order,
    replayed,
    message: (replayed ? messages.repeat : messages.moved)({ number: result.number, status: order.parcel.status }),
  }
}
