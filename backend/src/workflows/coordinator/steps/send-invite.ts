import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coordinatorPortalUrl } from "../../../lib/coordinator/portal-url"

type InviteMail = {
  coordinator: { id: string; name: string; email: string; preferred_language: string }
  cooperative_name: string
  token: string
  expires_at: Date
}

/** The invitation mail, in the coordinator's language, with the only copy of the token. */
export const sendCoordinatorInviteStep = createStep("send-coordinator-invite", async (input: InviteMail, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const locale = input.coordinator.preferred_language === "en" ? "en" : "es"
  const [notification] = await notifications.createNotifications([
    {
      to: input.coordinator.email,
      channel: "email",
      template: "coordinator-invite",
      resource_id: input.coordinator.id,
      resource_type: "coordinator",
      data: {
        locale,
        coordinator_name: input.coordinator.name,
        cooperative_name: input.cooperative_name,
        invite_url: coordinatorPortalUrl(locale, "invitation", { token: input.token }),
        expires_at: new Date(input.expires_at).toISOString(),
      },
    },
  ])
  return new StepResponse({ notification_id: notification?.id ?? null })
})
