import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parcelMessages } from "../../../../lib/coordinator/parcel-messages"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import type { ParcelMove, ParcelMoveInput } from "../../../../modules/cooperative/service"

export type MoveParcelInput = ParcelMoveInput & { language: string; number: string }

/**
 * Moves the parcel forward in one conditional update. Going back, or handing it over again with
 * another carrier or guide number, is refused in the coordinator's language; a repeat changes nothing.
 */
export const moveParcelStep = createStep(
  "move-parcel",
  async ({ language, number, ...input }: MoveParcelInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const move: ParcelMove = await service.moveParcelForward(input)
    const messages = parcelMessages(language)
    if (move.outcome === "backwards") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, messages.backwards({ number, status: move.parcel.status, asked: input.status }))
    }
    if (move.outcome === "other_details") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        messages.otherDetails({ number, carrier: move.parcel.carrier, tracking: move.parcel.tracking_number })
      )
    }
    const undo =
      move.outcome === "moved"
        ? { parcel_id: move.parcel.id, status: move.parcel.status, previous_status: move.previous_status, actor_id: input.actor_id }
        : null
    return new StepResponse(move, undo)
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).undoParcelMove(undo)
  }
)
