import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const assertCooperativeExistsStep = createStep("assert-cooperative-exists", async ({ id }: { id: string }, { container }) => {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await service.listCooperatives({ id }, { relations: ["payout_account"], take: 1 })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${id}" was not found.`)
  }
  return new StepResponse(cooperative)
})
