import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type RecordExchangeRateInput = {
  from: string
  to: string
  rate: string
  note?: string | null
  set_by?: string | null
  confirm_jump?: boolean
}

/** Appends the rate (the module checks it is sane); undone only if a later step of a run fails. */
const recordExchangeRateStep = createStep(
  "record-exchange-rate",
  async (input: RecordExchangeRateInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const exchangeRate = await service.recordExchangeRate(input)
    return new StepResponse(exchangeRate, exchangeRate.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.softDeleteExchangeRates(id)
  }
)

/** Staff set a new exchange rate: from then on it converts prices for splits and payouts. */
export const recordExchangeRateWorkflow = createWorkflow("record-exchange-rate", (input: RecordExchangeRateInput) => {
  return new WorkflowResponse(recordExchangeRateStep(input))
})
