import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type { CoordinatorLanguage, CoordinatorStatus } from "../../../modules/cooperative/models/coordinator"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CoordinatorInput = {
  cooperative_id: string
  name: string
  email: string
  phone?: string | null
  preferred_language?: CoordinatorLanguage
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

export const createCoordinatorStep = createStep(
  "create-coordinator",
  async (input: CoordinatorInput, { container }) => {
    const email = input.email.trim().toLowerCase()
    const [existing] = await service(container).listCoordinators({ email }, { select: ["id"], take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A coordinator with the email "${email}" already exists.`)
    }
    // The unique index on email settles a race between two invitations for one address.
    const coordinator = await service(container)
      .createCoordinators({ ...input, email, status: "invited" })
      .catch((error: Error) => {
        if (/unique|duplicate|already exists/i.test(error.message)) {
          throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A coordinator with the email "${email}" already exists.`)
        }
        throw error
      })
    return new StepResponse(coordinator, coordinator.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteCoordinators(id)
  }
)

export const retrieveCoordinatorStep = createStep("retrieve-coordinator", async ({ id }: { id: string }, { container }) => {
  const [coordinator] = await service(container).listCoordinators({ id }, { relations: ["cooperative"], take: 1 })
  if (!coordinator) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Coordinator "${id}" was not found.`)
  }
  return new StepResponse(coordinator)
})

export const setCoordinatorStatusStep = createStep(
  "set-coordinator-status",
  async ({ id, status }: { id: string; status: CoordinatorStatus }, { container }) => {
    const [before] = await service(container).listCoordinators({ id }, { select: ["id", "status"], take: 1 })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Coordinator "${id}" was not found.`)
    }
    const coordinator = await service(container).updateCoordinators({ id, status })
    return new StepResponse(coordinator, { id, status: before.status as CoordinatorStatus })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateCoordinators(previous)
  }
)
