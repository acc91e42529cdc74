import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../../modules/payout"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { recordAdjustmentWorkflow } from "../../../../../workflows/payout/record-adjustment"
import type { AdminCreateAdjustmentType } from "./validators"

/** Records a correction (201) and answers it with the new balance; the same idempotency_key again answers the one recorded (200). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const amount = body.direction === "owed_more" ? body.amount : -body.amount
  const { result } = await recordAdjustmentWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      amount,
      idempotency_key: body.idempotency_key ?? randomUUID(),
      order_id: body.order_id ?? null,
      note: body.note,
      actor: { type: "user", id: req.auth_context?.actor_id ?? null },
    },
  })
  if (result.entry.type !== "adjustment" || result.entry.amount !== amount) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `This idempotency_key already recorded a different correction (${result.entry.amount} centavos): use a new key for a new correction.`
    )
  }
  const balance = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).balance(req.params.id)
  res
    .status(result.created ? 201 : 200)
    .json({ adjustment: result.entry, balance: { amount: balance.amount, currency_code: balance.currency_code } })
}
