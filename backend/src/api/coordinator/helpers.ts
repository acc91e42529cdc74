import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type CurrentCoordinator = {
  id: string
  name: string
  email: string
  phone: string | null
  preferred_language: "es" | "en"
  cooperative_id: string
}

export type CoordinatorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { coordinator?: CurrentCoordinator }

/**
 * Looks the token's coordinator up on every request (a signed token alone is not enough): a
 * disabled or deleted coordinator is out at once. Every route reads the cooperative from here,
 * never from the request.
 */
export async function loadCoordinator(req: CoordinatorRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.auth_context?.actor_id
  if (!id) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a coordinator."))
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [coordinator] = await service.listCoordinators({ id }, { take: 1 })
  if (!coordinator || coordinator.status !== "active") {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This coordinator account is not active."))
  }
  req.coordinator = {
    id: coordinator.id,
    name: coordinator.name,
    email: coordinator.email,
    phone: coordinator.phone ?? null,
    preferred_language: coordinator.preferred_language as "es" | "en",
    cooperative_id: (coordinator as unknown as { cooperative_id: string }).cooperative_id,
  }
  next()
}

export function currentCoordinator(req: CoordinatorRequest): CurrentCoordinator {
  if (!req.coordinator) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a coordinator.")
  return req.coordinator
}
