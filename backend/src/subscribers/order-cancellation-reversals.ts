import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { reverseCancelledOrderWorkflow } from "../workflows/payout/reverse-cancelled-order"

/** Reverses a cancelled order's earnings to zero; a replayed event finds the reversals written. */
export default async function reverseCancelledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await reverseCancelledOrderWorkflow(container).run({ input: { order_id: event.data.id, actor: { type: "system", id: event.name } } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Ledger: the cancellation of order ${event.data.id} was not reversed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "telar-order-cancellation-reversals" },
}
