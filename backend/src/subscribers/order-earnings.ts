import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderEarningsWorkflow } from "../workflows/payout/record-order-earnings"

/**
 * Writes each cooperative's earnings of a placed order. Idempotent: every earning has a unique
 * key, so a replayed event, a retried workflow or two workers at once write it once.
 */
export default async function recordOrderEarnings({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await recordOrderEarningsWorkflow(container).run({ input: { order_id: event.data.id, actor: { type: "system", id: event.name } } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Ledger: the earnings of order ${event.data.id} were not recorded: ${(error as Error).message}`)
    // Rethrown so an event bus that retries (Redis) tries again; a retry writes nothing twice.
    throw error
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "telar-order-earnings" },
}
