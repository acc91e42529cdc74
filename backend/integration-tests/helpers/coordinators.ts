import type { Mailbox, ReceivedMail } from "./mailbox"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

export type CoordinatorLogin = { id: string; auth: { headers: { authorization: string } }; invitation: ReceivedMail }

/** The invitation link's token, read from the mail that arrived. */
export function invitationToken(text: string): string {
  const match = text.match(/[?&]token=([A-Za-z0-9_-]+)/)
  if (!match) throw new Error(`no invitation link in: ${text}`)
  return match[1]
}

/**
 * Staff invite a coordinator, who sets a password through the mailed link and logs in. The
 * mailbox is emptied first: a test may invite the same address the suite's setup already did.
 */
export async function inviteCoordinator(
  api: Api,
  staff: { admin: unknown; mailbox: Mailbox },
  cooperativeId: string,
  invite: { email: string; password: string; name?: string; phone?: string; preferred_language?: "es" | "en" }
): Promise<CoordinatorLogin> {
  const { email, password, name = "Coordinadora", ...rest } = invite
  staff.mailbox.clear()
  const { data: invited } = await api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, { name, email, ...rest }, staff.admin)
  const invitation = await staff.mailbox.waitForMail({ to: email })
  await api.post("/coordinator/invites/accept", { token: invitationToken(invitation.text), password })
  const { data } = await api.post("/auth/coordinator/emailpass", { email, password })
  return { id: invited.coordinator.id as string, auth: { headers: { authorization: `Bearer ${data.token}` } }, invitation }
}
