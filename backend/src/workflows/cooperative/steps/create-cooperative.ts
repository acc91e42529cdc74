import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeInput, PayoutAccountInput } from "../../../lib/cooperative/types"

type Input = { cooperative: CooperativeInput; payout_account: PayoutAccountInput }

export const createCooperativeStep = createStep(
  "create-cooperative",
  async ({ cooperative, payout_account }: Input, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const created = await service.createCooperatives(cooperative)
    await service.createPayoutAccounts({
      ...payout_account,
      currency_code: payout_account.currency_code ?? "mxn",
      cooperative_id: created.id,
    })
    return new StepResponse(created, created.id)
  },
  async (cooperativeId, { container }) => {
    if (!cooperativeId) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    // Hard delete: a cooperative whose creation failed never existed.
    await service.deleteCooperatives(cooperativeId)
  }
)
