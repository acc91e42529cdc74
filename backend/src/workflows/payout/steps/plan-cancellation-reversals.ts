import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planCancellationReversals } from "../../../lib/payout/reversals"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { LedgerActorType } from "../../../modules/payout/models/ledger-entry"
import type PayoutModuleService from "../../../modules/payout/service"

/** Reads the order's ledger entries and computes what reverses them (reads only). */
export const planCancellationReversalsStep = createStep(
  "plan-cancellation-reversals",
  async (input: { order_id: string; actor: { type: LedgerActorType; id: string | null } }, { container }) => {
    const [entries] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listEntries({ order_id: input.order_id }, { take: null })
    return new StepResponse(planCancellationReversals({ order_id: input.order_id, entries, actor: input.actor }))
  }
)
