import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ReturnSettlement, SETTLEMENTS_KEY } from "../../../../lib/returns/settlements"
import type { ReturnRefundPlan } from "./plan-return-refund"

/**
 * Writes on the return what no refund row records: units settled without a refund of this run
 * (already refunded by hand, or never charged) and how much. Written before the refund; undone if it fails.
 */
export const recordReturnSettlementStep = createStep(
  "record-return-settlement",
  async (plan: ReturnRefundPlan, { container }) => {
    if (!Object.keys(plan.units).length || (plan.refund > 0 && !plan.settled_otherwise)) return new StepResponse(null, null)
    const orders = container.resolve(Modules.ORDER)
    const ret = await orders.retrieveReturn(plan.return_id, { select: ["id", "metadata"] })
    const before = (ret.metadata ?? {}) as Record<string, unknown>
    const settlement: ReturnSettlement = {
      // A refund in this run records the units itself.
      units: plan.refund > 0 ? {} : plan.units,
      settled_otherwise: plan.settled_otherwise,
      at: new Date().toISOString(),
    }
    const list = Array.isArray(before[SETTLEMENTS_KEY]) ? (before[SETTLEMENTS_KEY] as unknown[]) : []
    await orders.updateReturns([
      { selector: { id: plan.return_id }, data: { metadata: { ...before, [SETTLEMENTS_KEY]: [...list, settlement] } } },
    ])
    return new StepResponse(settlement, { id: plan.return_id, metadata: before })
  },
  async (previous, { container }) => {
    if (!previous) return
    // The list is written out whole, so the restore holds whether Medusa merges metadata or replaces it.
    const metadata = { ...previous.metadata, [SETTLEMENTS_KEY]: previous.metadata[SETTLEMENTS_KEY] ?? [] }
    await container.resolve(Modules.ORDER).updateReturns([{ selector: { id: previous.id }, data: { metadata } }])
  }
)
