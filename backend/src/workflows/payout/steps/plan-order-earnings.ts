import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planOrderEarnings } from "../../../lib/payout/earnings"
import { loadOrderTerms } from "../../../lib/payout/order-terms"
import type { LedgerActorType } from "../../../modules/payout/models/ledger-entry"

export type PlanOrderEarningsInput = { order_id: string; actor: { type: LedgerActorType; id: string | null } }

/** Computes an order's earnings (reads only: nothing to compensate). */
export const planOrderEarningsStep = createStep("plan-order-earnings", async (input: PlanOrderEarningsInput, { container }) => {
  const { order, terms, rate } = await loadOrderTerms(container, input.order_id)
  const plan = planOrderEarnings({ order, terms, rate, actor: input.actor })
  const unpriced = plan.skipped.filter((line) => line.reason !== "no_cooperative")
  if (unpriced.length) {
    // A cooperative's piece sold without an agreed price: staff must set one and record an adjustment.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Ledger: order ${order.id} has lines of a cooperative with no earning (${unpriced.map((line) => `${line.line_item_id}: ${line.reason}`).join(", ")}).`
      )
  }
  return new StepResponse(plan)
})
