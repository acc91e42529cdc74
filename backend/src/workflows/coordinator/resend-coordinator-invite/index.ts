import { MedusaError } from "@medusajs/framework/utils"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveCoordinatorStep } from "../steps/coordinators"
import { issueInviteStep } from "../steps/invites"
import { sendCoordinatorInviteStep } from "../steps/send-invite"

const assertStillInvitedStep = createStep("assert-coordinator-still-invited", async ({ status }: { status: string }) => {
  if (status !== "invited") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This coordinator has already accepted an invitation and set a password: there is no invitation left to send."
    )
  }
  return new StepResponse(undefined)
})

/** A fresh invitation (the previous link stops working), mailed again. */
export const resendCoordinatorInviteWorkflow = createWorkflow("resend-coordinator-invite", (input: { id: string }) => {
  // Two resends at once (a double click, two staff): each would revoke only the invitations it
  // saw, leaving two live links. One at a time per coordinator: the second revokes the first's.
  const lockKey = transform({ input }, ({ input }) => `telar:coordinator-invite:${input.id}`)
  // Held while the mail is sent: long enough for a slow SMTP server (nodemailer gives up sooner).
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 300 })
  const coordinator = retrieveCoordinatorStep({ id: input.id })
  assertStillInvitedStep(transform({ coordinator }, ({ coordinator }) => ({ status: coordinator.status as string })))
  const invite = issueInviteStep(transform({ coordinator }, ({ coordinator }) => ({ coordinator_id: coordinator.id })))
  sendCoordinatorInviteStep(
    transform({ coordinator, invite }, ({ coordinator, invite }) => ({
      coordinator,
      cooperative_name: coordinator.cooperative?.name ?? "",
      token: invite.token,
      expires_at: invite.expires_at,
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ coordinator, invite }, ({ coordinator, invite }) => ({ ...coordinator, invite_expires_at: invite.expires_at }))
  )
})
