import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import {
  createProducerPricesStep,
  planProducerPricesStep,
  type ProducerPriceInput,
  updateProducerPricesStep,
} from "../steps/producer-prices"

/** Sets what the cooperative receives per unit of each variant, in its payout currency. */
export const setProducerPricesWorkflow = createWorkflow(
  "set-producer-prices",
  (input: { cooperative_id: string; prices: ProducerPriceInput[] }) => {
    // One writer of a cooperative's prices at a time: two first prices sent at once (a double
    // submit, two staff) would each plan a "create" for the variant. One key, not one per
    // variant: a lock on several keys that gets only some of them keeps those while it retries.
    const lockKey = transform({ input }, ({ input }) => `telar:producer-prices:${input.cooperative_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const plan = planProducerPricesStep(input)
    const created = createProducerPricesStep({ plan })
    updateProducerPricesStep({ plan })
    const links = transform({ created }, ({ created }) =>
      created.map((link) => ({
        [Modules.PRODUCT]: { product_variant_id: link.variant_id },
        [COOPERATIVE_MODULE]: { producer_price_id: link.producer_price_id },
      }))
    )
    createRemoteLinkStep(links)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(plan)
  }
)
