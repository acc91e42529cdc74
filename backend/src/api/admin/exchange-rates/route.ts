import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { recordExchangeRateWorkflow } from "../../../workflows/cooperative/record-exchange-rate"
import type { AdminCreateExchangeRate } from "./validators"

/** The history of rates, newest first; the first is the one in force. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [exchange_rates, count] = await service.listAndCountExchangeRates({}, { order: { created_at: "DESC" }, take: 50 })
  res.json({ exchange_rates, count })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateExchangeRate>>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result: exchange_rate } = await recordExchangeRateWorkflow(req.scope).run({
    input: {
      from: body.from_currency,
      to: body.to_currency,
      rate: body.rate,
      note: body.note,
      confirm_jump: body.confirm_jump,
      set_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(201).json({ exchange_rate })
}
