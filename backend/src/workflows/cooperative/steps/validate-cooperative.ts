import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clabeProblem } from "@telar/fair-trade"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { PayoutAccountInput } from "../../../lib/cooperative/types"

export function assertPayoutAccount(payout: Partial<PayoutAccountInput>) {
  const method = payout.method ?? "spei"
  if (method === "spei") {
    if (!payout.clabe) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A SPEI payout account needs an 18-digit CLABE.")
    }
    const problem = clabeProblem(payout.clabe)
    if (problem === "format") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `CLABE "${payout.clabe}" must be exactly 18 digits.`)
    }
    if (problem === "check_digit") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `CLABE "${payout.clabe}" has a wrong check digit: check the number with the cooperative's bank statement.`
      )
    }
  }
  if (method === "stripe_connect" && !payout.stripe_account_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A Stripe Connect payout account needs a Stripe account id (acct_...).")
  }
}

/** Spanish craft names are optional, but when given there is one for each craft, in the same order. */
export function assertCraftsInSpanish(crafts: string[] | null | undefined, craftsEs: string[] | null | undefined) {
  const count = crafts?.length ?? 0
  if (craftsEs?.length && craftsEs.length !== count) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `crafts_es names each of the ${count} crafts in Spanish, in the same order: it has ${craftsEs.length}.`
    )
  }
}

type Input = {
  handle?: string
  cooperative_id?: string
  payout_account?: Partial<PayoutAccountInput> | null
  /** The crafts as they will be saved (for an update: the record's merged with the input). */
  crafts?: string[] | null
  crafts_es?: string[] | null
}

/** Read-only checks that must hold before anything is written. */
export const validateCooperativeStep = createStep("validate-cooperative", async (input: Input, { container }) => {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  if (input.handle) {
    const [existing] = await service.listCooperatives({ handle: input.handle }, { select: ["id"], take: 1 })
    if (existing && existing.id !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A cooperative with handle "${input.handle}" already exists: choose another handle.`
      )
    }
  }
  if (input.payout_account) {
    assertPayoutAccount(input.payout_account)
  }
  assertCraftsInSpanish(input.crafts, input.crafts_es)
  return new StepResponse(undefined)
})
