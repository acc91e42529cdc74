import { model } from "@medusajs/framework/utils"
import { Coordinator } from "./coordinator"

/**
 * A one-time invitation to set a password. Only a SHA-256 of the token is stored: the token
 * itself exists in the invitation mail alone.
 */
export const CoordinatorInvite = model.define("coordinator_invite", {
  id: model.id({ prefix: "cinv" }).primaryKey(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  // A newer invitation replaces the older ones, which then stop working.
  revoked_at: model.dateTime().nullable(),
  coordinator: model.belongsTo(() => Coordinator, { mappedBy: "invites" }),
})
