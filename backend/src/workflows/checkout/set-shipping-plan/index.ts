import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShippingSpeed } from "../../../lib/checkout/shipping-plan"
import { planShippingMethodsStep } from "../steps/plan-shipping-methods"

/** One shipping method per cooperative parcel, all of the speed the shopper chose. */
export const setShippingPlanWorkflow = createWorkflow("set-shipping-plan", (input: { cart_id: string; speed: ShippingSpeed }) => {
  const options = planShippingMethodsStep(input)
  const addInput = transform({ input, options }, ({ input, options }) => ({ cart_id: input.cart_id, options }))
  addShippingMethodToCartWorkflow.runAsStep({ input: addInput })
  return new WorkflowResponse({ cart_id: input.cart_id })
})
