import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { orderOfPayment } from "../lib/payout/refunds-terms"
import { reverseReturnsAndRefundsWorkflow } from "../workflows/payout/reverse-returns-and-refunds"

/**
 * A payment was refunded (the event names the payment, not the refund): every refund of its order
 * not yet in the ledger is reversed in proportion (lib/payout/refunds.ts); a replay writes nothing.
 */
export default async function reverseRefundedPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderOfPayment(container, event.data.id)
  if (!orderId) return
  try {
    await reverseReturnsAndRefundsWorkflow(container).run({
      input: { order_id: orderId, actor: { type: "system", id: `${event.name}:${event.data.id}` } },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Ledger: the refund of payment ${event.data.id} (order ${orderId}) was not reversed: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "telar-payment-refund-reversals" },
}
