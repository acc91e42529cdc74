import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderMoney } from "../../../lib/payout/refunds-terms"
import { planReturnAndRefundReversals } from "../../../lib/payout/reversals"
import type { LedgerActor } from "../../../lib/payout/reversals-lines"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

/** Reads the order's returns, refunds and ledger entries and computes the reversals still due (reads only). */
export const planReturnRefundReversalsStep = createStep(
  "plan-return-refund-reversals",
  async (input: { order_id: string; actor: LedgerActor }, { container }) => {
    const [money, [entries]] = await Promise.all([
      loadOrderMoney(container, input.order_id),
      container.resolve<PayoutModuleService>(PAYOUT_MODULE).listEntries({ order_id: input.order_id }, { take: null }),
    ])
    return new StepResponse(planReturnAndRefundReversals({ order_id: input.order_id, money, entries, actor: input.actor }))
  }
)
