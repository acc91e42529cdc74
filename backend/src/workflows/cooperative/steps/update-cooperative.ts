import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeInput, PayoutAccountInput } from "../../../lib/cooperative/types"

type Input = {
  id: string
  cooperative: Partial<CooperativeInput>
  payout_account?: Partial<PayoutAccountInput>
}

type Previous = { cooperative: Record<string, unknown>; payout_account?: Record<string, unknown> }

function pick(source: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, source[key]]))
}

export const updateCooperativeStep = createStep(
  "update-cooperative",
  async ({ id, cooperative, payout_account }: Input, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const existing = await service.retrieveCooperative(id, { relations: ["payout_account"] })
    const previous: Previous = { cooperative: pick(existing as any, Object.keys(cooperative)) }
    const updated = await service.updateCooperatives({ id, ...cooperative })
    if (payout_account) {
      const account = existing.payout_account
      if (!account) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${id} has no payout account to update.`)
      }
      previous.payout_account = { id: account.id, ...pick(account as any, Object.keys(payout_account)) }
      await service.updatePayoutAccounts({ id: account.id, ...payout_account })
    }
    return new StepResponse(updated, { id, previous })
  },
  async (data, { container }) => {
    if (!data) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.updateCooperatives({ id: data.id, ...data.previous.cooperative })
    if (data.previous.payout_account) {
      await service.updatePayoutAccounts(data.previous.payout_account as any)
    }
  }
)
