import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { reconcileStripePayments } from "../lib/checkout/reconcile"

/**
 * Every few minutes: paid carts without an order become orders, or their holds are released.
 * One process at a time (the locking module, Redis-backed with REDIS_URL); the others skip.
 */
export default async function reconcilePayments(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = `reconcile-${process.pid}-${Date.now()}`
  const acquired = await locking.acquire("telar:reconcile-payments", { ownerId, expire: 600 }).then(
    () => true,
    () => false
  )
  if (!acquired) return
  try {
    const report = await reconcileStripePayments(container)
    for (const { intent_id, cart_id, outcome } of report.settled) {
      const what = outcome.action === "completion" ? outcome.result.status : outcome.action
      logger.info(`Reconciled ${intent_id} (cart ${cart_id}): ${what}`)
    }
    for (const { intent_id, cart_id, error } of report.failed) {
      logger.warn(`Could not reconcile ${intent_id} (cart ${cart_id}), will retry: ${error}`)
    }
  } finally {
    await locking.release("telar:reconcile-payments", { ownerId }).catch(() => undefined)
  }
}

export const config = {
  name: "telar-reconcile-payments",
  schedule: process.env.TELAR_RECONCILE_SCHEDULE || "*/2 * * * *",
}
