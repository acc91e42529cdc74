import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CooperativeReturnPlan, planReturnRequest, type RequestedReturnItem } from "../../../../lib/returns/request-plan"
import { loadReturnOrder } from "../../../../lib/returns/return-order"
import { returnWindowDays } from "../../../../lib/returns/window"

export type PlanReturnRequestInput = { order_id: string; customer_id: string; items: RequestedReturnItem[] }

/**
 * Reads the order (its owner's only: anyone else gets a 404) and checks the request against it
 * (lib/returns/request-plan.ts): every parcel shipped and paid, within the network's window, no
 * more units than are left. Writes nothing.
 */
export const planReturnRequestStep = createStep(
  "plan-return-request",
  async (input: PlanReturnRequestInput, { container }): Promise<StepResponse<CooperativeReturnPlan[]>> => {
    const order = await loadReturnOrder(container, input.order_id, input.customer_id)
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id ?? order.id} was canceled: it has nothing to return.`)
    }
    return new StepResponse(
      planReturnRequest({ lines: order.lines, items: input.items, now: new Date(), days: returnWindowDays(), blockers: order.blockers })
    )
  }
)
