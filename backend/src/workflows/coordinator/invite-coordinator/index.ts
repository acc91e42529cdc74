import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertCooperativeExistsStep } from "../../cooperative/steps/assert-cooperative-exists"
import { type CoordinatorInput, createCoordinatorStep } from "../steps/coordinators"
import { issueInviteStep } from "../steps/invites"
import { sendCoordinatorInviteStep } from "../steps/send-invite"

/** Staff invite a coordinator: the record, a one-time invitation, and the mail that carries it. */
export const inviteCoordinatorWorkflow = createWorkflow("invite-coordinator", (input: CoordinatorInput) => {
  const cooperative = assertCooperativeExistsStep({ id: input.cooperative_id })
  const coordinator = createCoordinatorStep(input)
  const invite = issueInviteStep(transform({ coordinator }, ({ coordinator }) => ({ coordinator_id: coordinator.id })))
  sendCoordinatorInviteStep(
    transform({ coordinator, cooperative, invite }, ({ coordinator, cooperative, invite }) => ({
      coordinator,
      cooperative_name: cooperative.name,
      token: invite.token,
      expires_at: invite.expires_at,
    }))
  )
  return new WorkflowResponse(
    transform({ coordinator, invite }, ({ coordinator, invite }) => ({ ...coordinator, invite_expires_at: invite.expires_at }))
  )
})
