import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { PAYMENT_AUDIT_MODULE } from "../../modules/payment-audit"
import type { PaymentDecisionSource } from "../../modules/payment-audit/models/payment-decision"
import type PaymentAuditModuleService from "../../modules/payment-audit/service"
import { recordPaymentDecision } from "./decisions"
import { orderIdOfCart } from "./orders"
import { releasePaymentHolds, type ReleasedPayment, stripePaymentsOfCart } from "./payment-holds"
import { cartStockNeeds } from "./stock-needs"
import { intentHoldsMoney } from "./stripe"

/** How long a completion waits for others holding the same pieces (they fail fast when sold). */
const STOCK_LOCK_TIMEOUT_SECONDS = 120
/** How long a path waits while another completes the same cart; then it answers "busy". */
const CART_LOCK_TIMEOUT_SECONDS = 30
/** What both locking providers (in-memory, Redis) throw when a lock was not had in time. */
const LOCK_TIMED_OUT = "Timed-out acquiring lock."

export type CompletionError = { message: string; type?: string; name?: string }

export type CompletionResult =
  | { status: "order"; orderId: string; placedNow: boolean }
  | { status: "busy" }
  | { status: "failed"; error: CompletionError; released: ReleasedPayment[]; card_released: boolean }

type Attempt = Exclude<CompletionResult, { status: "failed" }> | { status: "failed"; error: CompletionError }

/** One attempt, run while the cart's stock is locked: already placed, refused for stock, or Medusa's completion. */
async function attemptCompletion(container: MedusaContainer, cartId: string): Promise<Attempt> {
  // A concurrent request or event for this cart may have just placed it.
  const placed = await orderIdOfCart(container, cartId)
  if (placed) return { status: "order", orderId: placed, placedNow: false }
  const short = (await cartStockNeeds(container, cartId)).filter((need) => need.needed > need.available)
  if (short.length) {
    const names = short.map((need) => need.title).join(", ")
    return {
      status: "failed",
      error: {
        type: MedusaError.Types.NOT_ALLOWED,
        message: `Not enough stock available: ${names} sold out before your order was placed.`,
      },
    }
  }
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { errors, result, transaction } = await engine.run(completeCartWorkflowId, { input: { id: cartId }, throwOnError: false })
  if (!transaction.hasFinished()) return { status: "busy" }
  const orderId = (result as { id?: string } | undefined)?.id
  if (!errors?.length && orderId) return { status: "order", orderId, placedNow: true }
  const failure = (errors?.[0]?.error ?? {}) as Partial<CompletionError>
  return {
    status: "failed",
    error: { message: failure.message || "The cart could not be completed.", type: failure.type, name: failure.name },
  }
}

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
  // The cart's own lock spans the attempt and the release: a path whose attempt failed gives the
  // card back before another path (webhook, job, a second tab) may try again, so a hold is never
  // cancelled under an order that the other path placed meanwhile. Taken before the stock locks,
  // always in that order. Waited for too long: another path holds the cart (and will place the
  // order or give the card back), or other carts hold its pieces; either way, "busy".
  try {
    return await container
      .resolve(Modules.LOCKING)
      .execute(`telar:cart-completion:${cartId}`, () => completeOrRelease(container, cartId, source), {
        timeout: CART_LOCK_TIMEOUT_SECONDS,
      })
  } catch (error) {
    if ((error as Error)?.message === LOCK_TIMED_OUT) return { status: "busy" }
    throw error
  }
}

async function completeOrRelease(container: MedusaContainer, cartId: string, source: PaymentDecisionSource): Promise<CompletionResult> {
  const keys = [...new Set((await cartStockNeeds(container, cartId)).map((need) => `telar:stock:${need.inventory_item_id}`))].sort()
  const attempt = keys.length
    ? await container
        .resolve(Modules.LOCKING)
        .execute(keys, () => attemptCompletion(container, cartId), { timeout: STOCK_LOCK_TIMEOUT_SECONDS })
    : await attemptCompletion(container, cartId)

  if (attempt.status === "order" && attempt.placedNow && source !== "store") {
    await recordPaymentDecision(container, { cart_id: cartId, source, outcome: "order_placed", order_id: attempt.orderId })
  }
  if (attempt.status !== "failed") return attempt
  const released = await releasePaymentHolds(container, { cartId, source, reason: attempt.error.message })
  return { ...attempt, released, card_released: await cardReleased(container, cartId, released) }
}

/**
 * Whether the shopper's card holds nothing for this cart any more: released by this request, or
 * already by the webhook or the job that got there first (their decisions are in the audit).
 */
async function cardReleased(container: MedusaContainer, cartId: string, released: ReleasedPayment[]): Promise<boolean> {
  if (released.some((payment) => payment.outcome === "release_failed")) return false
  if (released.length) return true
  const audit = container.resolve<PaymentAuditModuleService>(PAYMENT_AUDIT_MODULE)
  const earlier = await audit.listPaymentDecisions(
    { cart_id: cartId, outcome: ["hold_released", "payment_refunded"] },
    { select: ["id"], take: 1 }
  )
  if (earlier.length) return true
  // The other path may be between cancelling at Stripe and recording it: Stripe's word decides.
  const payments = await stripePaymentsOfCart(container, cartId)
  return payments.some((payment) => payment.status === "canceled") && !payments.some((payment) => intentHoldsMoney(payment.status))
}
