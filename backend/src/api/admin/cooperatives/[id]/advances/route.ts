import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { advancesPage } from "../../../../../lib/payout/advances-summary"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { recordAdvanceWorkflow } from "../../../../../workflows/payout/record-advance"
import type { AdminCreateAdvanceType } from "./validators"

/** A cooperative's advances (newest first), what is still to be recouped of them, and its balance, in centavos. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cooperatives = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${req.params.id}" was not found.`)
  res.json(await advancesPage(req.scope, cooperative.id))
}

/** Grants an advance (201); the same idempotency_key again answers the advance already granted (200). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAdvanceType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await recordAdvanceWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      amount: body.amount,
      idempotency_key: body.idempotency_key ?? randomUUID(),
      order_id: body.order_id ?? null,
      note: body.note,
      actor: { type: "user", id: req.auth_context?.actor_id ?? null },
    },
  })
  if (!result.created && (result.entry.amount !== body.amount || (result.entry.order_id ?? null) !== (body.order_id ?? null))) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `This idempotency_key already granted a different advance (${result.entry.amount} centavos): use a new key for a new advance.`
    )
  }
  const { advances, ...page } = await advancesPage(req.scope, req.params.id)
  const advance = advances.find((status) => status.id === result.entry.id) ?? {
    ...result.entry,
    recovered: 0,
    outstanding: result.entry.amount,
  }
  res.status(result.created ? 201 : 200).json({ advance, ...page })
}
