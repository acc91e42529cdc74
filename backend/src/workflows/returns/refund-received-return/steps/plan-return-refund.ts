import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planReturnMoney, type ReturnMoneyPlan, type Units } from "../../../../lib/returns/refund-plan"
import { dueNow, loadOrderReturnMoney, owedNow } from "../../../../lib/returns/settlements"

export type PlanReturnRefundInput = { order_id: string; return_id: string }

export type ReturnRefundPlan = ReturnMoneyPlan & {
  order_id: string
  /** The return whose receipt this is: the settlement is recorded under it. */
  return_id: string
  currency_code: string
  payment_id: string | null
  /** Units received and not settled before: what this run settles. */
  units: Units
  due: number
}

/**
 * What the order owes back now that pieces were received (lib/returns/refund-plan.ts): the units
 * received and not yet settled, refunded from what the card gave beyond what the shopper still
 * owes. A replay finds everything settled and plans nothing.
 */
export const planReturnRefundStep = createStep(
  "plan-return-refund",
  async (input: PlanReturnRefundInput, { container }): Promise<StepResponse<ReturnRefundPlan>> => {
    const money = await loadOrderReturnMoney(container, input.order_id)
    const due = dueNow(money)
    const taken = money.payment ? Math.max(0, money.payment.captured - money.payment.refunded) : 0
    return new StepResponse({
      order_id: input.order_id,
      return_id: input.return_id,
      currency_code: money.currency_code,
      payment_id: money.payment?.id ?? null,
      units: due.units,
      due: due.amount,
      ...planReturnMoney(due.amount, { owed: owedNow(money), taken }),
    })
  }
)
