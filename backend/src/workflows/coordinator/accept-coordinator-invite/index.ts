import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveCoordinatorStep, setCoordinatorStatusStep } from "../steps/coordinators"
import { claimInviteStep } from "../steps/invites"
import { setCoordinatorLoginStep } from "../steps/login"

/**
 * The coordinator follows the mail's link and chooses a password: the invitation is used up (once,
 * even under two clicks), the record becomes active, and the login is set last so that nothing
 * after it can fail.
 */
export const acceptCoordinatorInviteWorkflow = createWorkflow("accept-coordinator-invite", (input: { token: string; password: string }) => {
  const claimed = claimInviteStep({ token: input.token })
  const coordinator = retrieveCoordinatorStep(transform({ claimed }, ({ claimed }) => ({ id: claimed.coordinator_id })))
  setCoordinatorStatusStep(transform({ coordinator }, ({ coordinator }) => ({ id: coordinator.id, status: "active" as const })))
  setCoordinatorLoginStep(
    transform({ coordinator, input }, ({ coordinator, input }) => ({
      coordinator_id: coordinator.id,
      email: coordinator.email,
      password: input.password,
    }))
  )
  return new WorkflowResponse(
    transform({ coordinator }, ({ coordinator }) => ({
      id: coordinator.id,
      email: coordinator.email,
      preferred_language: coordinator.preferred_language,
    }))
  )
})
