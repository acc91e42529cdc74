import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildShippingPlan, type ShippingSpeed } from "../../../lib/checkout/shipping-plan"

/** Picks, for every cooperative parcel in the cart, its option of the chosen speed. */
export const planShippingMethodsStep = createStep(
  "plan-shipping-methods",
  async ({ cart_id, speed }: { cart_id: string; speed: ShippingSpeed }, { container }) => {
    const plan = await buildShippingPlan(container, cart_id)
    if (!plan.groups.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart is empty: add a piece before choosing shipping.")
    }
    const options = plan.groups.map((group) => {
      const option = group.options.find((candidate) => candidate.speed === speed)
      if (!option) {
        const who = group.cooperative?.name ?? "one of the pieces"
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          plan.groups.some((g) => g.options.length)
            ? `${speed} shipping is not available for ${who} to this address.`
            : "Add a shipping address in a country we ship to (United States or México) first."
        )
      }
      return { id: option.id }
    })
    return new StepResponse(options)
  }
)
