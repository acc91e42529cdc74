import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCooperativeStep } from "../steps/update-cooperative"
import { validateCooperativeStep } from "../steps/validate-cooperative"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"
import type { CooperativeInput, PayoutAccountInput } from "../../../lib/cooperative/types"

export type UpdateCooperativeInput = {
  id: string
  cooperative: Partial<CooperativeInput>
  payout_account?: Partial<PayoutAccountInput>
}

export const updateCooperativeWorkflow = createWorkflow("update-cooperative", (input: UpdateCooperativeInput) => {
  const existing = assertCooperativeExistsStep({ id: input.id })
  const payout = transform({ input, existing }, ({ input, existing }) =>
    input.payout_account ? { ...existing.payout_account, ...input.payout_account } : null
  )
  const crafts = transform({ input, existing }, ({ input, existing }) => ({
    crafts: input.cooperative.crafts ?? existing.crafts,
    crafts_es: input.cooperative.crafts_es ?? existing.crafts_es,
  }))
  validateCooperativeStep({
    handle: input.cooperative.handle,
    cooperative_id: input.id,
    payout_account: payout,
    crafts: crafts.crafts,
    crafts_es: crafts.crafts_es,
  })
  const cooperative = updateCooperativeStep(input)
  return new WorkflowResponse(cooperative)
})
