import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  cancelReturnRequestWorkflow,
  cancelReturnWorkflow,
  confirmReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { returnReasonIds } from "../../../../lib/returns/reasons"
import type { CooperativeReturnPlan } from "../../../../lib/returns/request-plan"

export type CreateCooperativeReturnsInput = { order_id: string; customer_id: string; groups: CooperativeReturnPlan[] }

type Created = { id: string; confirmed: boolean }

/** Cancels returns this step opened: a confirmed one through Medusa's cancel, a draft by dropping its request. */
async function cancelCreated(container: MedusaContainer, created: Created[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const entry of [...created].reverse()) {
    try {
      if (entry.confirmed) await cancelReturnWorkflow(container).run({ input: { return_id: entry.id, no_notification: true } })
      else await cancelReturnRequestWorkflow(container).run({ input: { return_id: entry.id } })
    } catch (error) {
      logger.error(`Return ${entry.id} could not be undone after a failed request: ${(error as Error).message}`)
    }
  }
}

/**
 * Opens one return per cooperative through Medusa's own return workflows (begin, request the
 * pieces with their reasons, confirm), each received at the cooperative's stock location, so
 * staff receive it in Medusa's admin and the stock goes back where the piece came from. Confirming
 * emits order.return_requested (the instructions mail). If any return fails, those opened before
 * it are cancelled.
 */
export const createCooperativeReturnsStep = createStep(
  "create-cooperative-returns",
  async (input: CreateCooperativeReturnsInput, { container }) => {
    const reasons = await returnReasonIds(container)
    const created: Created[] = []
    try {
      for (const group of input.groups) {
        const { result: change } = await beginReturnOrderWorkflow(container).run({
          input: {
            order_id: input.order_id,
            location_id: group.location_id,
            created_by: input.customer_id,
            description: `Requested by the shopper: pieces back to ${group.cooperative.name}`,
            metadata: { requested_by: "customer", cooperative_id: group.cooperative.id },
          },
        })
        const entry: Created = { id: change.return_id as string, confirmed: false }
        created.push(entry)
        await requestItemReturnWorkflow(container).run({
          input: {
            return_id: entry.id,
            items: group.items.map((item) => ({
              id: item.line_item_id,
              quantity: item.quantity,
              reason_id: reasons[item.reason],
              internal_note: item.note ?? undefined,
            })),
          },
        })
        await confirmReturnRequestWorkflow(container).run({ input: { return_id: entry.id, confirmed_by: input.customer_id } })
        entry.confirmed = true
      }
    } catch (error) {
      await cancelCreated(container, created)
      throw error
    }
    return new StepResponse(
      created.map((entry) => entry.id),
      created
    )
  },
  async (created, { container }) => {
    if (created?.length) await cancelCreated(container, created)
  }
)
