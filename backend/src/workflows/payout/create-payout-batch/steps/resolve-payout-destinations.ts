import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolvePayoutDestinations } from "../../../../lib/payout/batches"
import type { PayoutMethod } from "../../../../modules/payout/models/payout"

export type ResolvePayoutDestinationsInput = { payouts: { cooperative_id: string; amount?: number | null }[]; method?: PayoutMethod }

/** Where each cooperative is paid, from its payout account now (reads only: nothing to compensate). */
export const resolvePayoutDestinationsStep = createStep(
  "resolve-payout-destinations",
  async (input: ResolvePayoutDestinationsInput, { container }) => new StepResponse(await resolvePayoutDestinations(container, input))
)
