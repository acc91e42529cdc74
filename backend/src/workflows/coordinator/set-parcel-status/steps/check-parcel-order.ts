import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CoordinatorScope, retrieveCoordinatorOrder } from "../../../../lib/coordinator/orders"
import { parcelMessages } from "../../../../lib/coordinator/parcel-messages"

/**
 * The order must hold the cooperative's pieces (else 404, as a missing order) and not be canceled:
 * a canceled order's parcel is not to be sent. Reads only.
 */
export const checkParcelOrderStep = createStep(
  "check-parcel-order",
  async (input: CoordinatorScope & { order_id: string }, { container }) => {
    const order = await retrieveCoordinatorOrder(container, input, input.order_id)
    const number = String(order.display_id ?? order.id)
    if (order.canceled) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, parcelMessages(input.language).canceled({ number }))
    return new StepResponse({ number })
  }
)
