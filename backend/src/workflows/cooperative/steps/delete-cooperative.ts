import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Refuses while products still belong to the cooperative: their stock and orders need a home. */
export const assertCooperativeHasNoProductsStep = createStep(
  "assert-cooperative-has-no-products",
  async ({ product_count, name }: { product_count: number; name: string }) => {
    if (product_count > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${name} still has ${product_count} product(s): move or delete them before deleting the cooperative.`
      )
    }
    return new StepResponse(undefined)
  }
)

export const softDeleteCooperativeStep = createStep(
  "soft-delete-cooperative",
  async ({ id }: { id: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.softDeleteCooperatives(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.restoreCooperatives(id)
  }
)
