import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** An invitation works once, for 72 hours. */
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

/** A new invitation for the coordinator; older open ones stop working. The token leaves this step only for the mail. */
export const issueInviteStep = createStep(
  "issue-coordinator-invite",
  async ({ coordinator_id }: { coordinator_id: string }, { container }) => {
    const open = await service(container).listCoordinatorInvites(
      { coordinator_id, accepted_at: null, revoked_at: null },
      { select: ["id"] }
    )
    const now = new Date()
    if (open.length) {
      await service(container).updateCoordinatorInvites(open.map((invite) => ({ id: invite.id, revoked_at: now })))
    }
    const token = randomBytes(32).toString("base64url")
    const invite = await service(container).createCoordinatorInvites({
      coordinator_id,
      token_hash: hashInviteToken(token),
      expires_at: new Date(now.getTime() + INVITE_LIFETIME_MS),
    })
    return new StepResponse(
      { invite_id: invite.id, token, expires_at: invite.expires_at },
      { created: invite.id, revoked: open.map((invite) => invite.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).deleteCoordinatorInvites(undo.created)
    if (undo.revoked.length) {
      await service(container).updateCoordinatorInvites(undo.revoked.map((id) => ({ id, revoked_at: null })))
    }
  }
)

/** Uses up the invitation the token names, or refuses: unknown, used, replaced or expired all read the same. */
export const claimInviteStep = createStep(
  "claim-coordinator-invite",
  async ({ token }: { token: string }, { container }) => {
    const claimed = await service(container).claimCoordinatorInvite(hashInviteToken(token))
    if (!claimed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation link is not valid any more (it was used, replaced by a newer one, or is older than 72 hours). Ask the Telar team for a new one."
      )
    }
    return new StepResponse(claimed, claimed.invite_id)
  },
  async (inviteId, { container }) => {
    if (inviteId) await service(container).unclaimCoordinatorInvite(inviteId)
  }
)
