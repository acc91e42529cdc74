import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { reverseReturnsAndRefundsWorkflow } from "../workflows/payout/reverse-returns-and-refunds"

/** Pieces received back: their share of each line's earning is reversed; a replayed event writes nothing more. */
export default async function reverseReceivedReturn({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  try {
    await reverseReturnsAndRefundsWorkflow(container).run({
      input: { order_id: event.data.order_id, actor: { type: "system", id: `${event.name}:${event.data.return_id}` } },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Ledger: return ${event.data.return_id} of order ${event.data.order_id} was not reversed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "telar-order-return-reversals" },
}
