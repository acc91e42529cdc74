import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { StoreExchangeRateQueryType } from "./validators"

/** The USD->MXN rate in force: the storefront needs it to show where a USD price goes. */
export async function GET(req: MedusaRequest<unknown, StoreExchangeRateQueryType>, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const { from, to } = req.validatedQuery as StoreExchangeRateQueryType
  const rate = await service.currentExchangeRate(from, to)
  if (!rate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${from.toUpperCase()}->${to.toUpperCase()} rate has been set.`)
  }
  res.json({ exchange_rate: rate })
}
