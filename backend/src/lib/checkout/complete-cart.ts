import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import type { PaymentDecisionSource } from "../../modules/payment-audit/models/payment-decision"
import { recordPaymentDecision } from "./decisions"
import { orderIdOfCart } from "./orders"
import { releasePaymentHolds, type ReleasedPayment } from "./payment-holds"
import { cartStockNeeds } from "./stock-guard"

/** How long a completion waits for others holding the same pieces (they fail fast when sold). */
const STOCK_LOCK_TIMEOUT_SECONDS = 120

export type CompletionError = { message: string; type?: string; name?: string }

export type CompletionResult =
  | { status: "order"; orderId: string; placedNow: boolean }
  | { status: "busy" }
  | { status: "failed"; error: CompletionError; released: ReleasedPayment[] }

/**
 * The one way Telar turns a paid cart into an order, whoever asks (the shopper's browser, a
 * Stripe webhook, the reconciliation job), and when it fails gives the card hold back at once
 * instead of leaving it for days.
 *
 * Medusa's completeCartWorkflow creates the order before it reserves stock; when the reservation
 * fails, its compensation must delete that order, and under load that compensation was seen to
 * fail, leaving "ghost" orders for a piece already sold (medusajs/medusa#16825). So Telar holds a
 * lock on every inventory item of the cart (locking module: Redis across processes) across the
 * stock check and the whole completion: carts racing for one piece complete one after another,
 * and a loser is refused before Medusa creates any order.
 */
export async function completeCartOrReleaseHold(
  container: MedusaContainer,
  cartId: string,
  source: PaymentDecisionSource
): Promise<CompletionResult> {
  const existing = await orderIdOfCart(container, cartId)
  if (existing) return { status: "order", orderId: existing, placedNow: false }

  const needs = await cartStockNeeds(container, cartId)
  const keys = [...new Set(needs.map((need) => `telar:stock:${need.inventory_item_id}`))].sort()
  const locking = container.resolve(Modules.LOCKING)
  const run = async () => {
    // Checked again under the lock: a concurrent event for this cart may have just placed it.
    const placedMeanwhile = await orderIdOfCart(container, cartId)
    if (placedMeanwhile) return { errors: [], result: { id: placedMeanwhile }, finished: true, placedNow: false }
    const short = (await cartStockNeeds(container, cartId)).filter((need) => need.needed > need.available)
    if (short.length) {
      const names = short.map((need) => need.title).join(", ")
      return {
        errors: [{ error: new MedusaError(MedusaError.Types.NOT_ALLOWED, `Not enough stock available: ${names} sold out before your order was placed.`) }],
        result: undefined,
        finished: true,
        placedNow: false,
      }
    }
    const engine = container.resolve(Modules.WORKFLOW_ENGINE)
    const { errors, result, transaction } = await engine.run(completeCartWorkflowId, { input: { id: cartId }, throwOnError: false })
    return { errors, result, finished: transaction.hasFinished(), placedNow: true }
  }
  const { errors, result, finished, placedNow } = keys.length
    ? await locking.execute(keys, run, { timeout: STOCK_LOCK_TIMEOUT_SECONDS })
    : await run()
  if (!finished) return { status: "busy" }
  const orderId = (result as { id?: string } | undefined)?.id
  if (!errors?.length && orderId) {
    if (!placedNow) return { status: "order", orderId, placedNow }
    if (source !== "store") {
      await recordPaymentDecision(container, { cart_id: cartId, source, outcome: "order_placed", order_id: orderId })
    }
    return { status: "order", orderId, placedNow: true }
  }

  const failure = (errors?.[0]?.error ?? {}) as CompletionError
  const error = { message: failure.message || "The cart could not be completed.", type: failure.type, name: failure.name }
  // Another request may have placed this cart's order meanwhile (Medusa locks per cart).
  const placed = await orderIdOfCart(container, cartId)
  if (placed) return { status: "order", orderId: placed, placedNow: false }
  const released = await releasePaymentHolds(container, { cartId, source, reason: error.message })
  return { status: "failed", error, released }
}
