import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"
import { CoordinatorInvite } from "./coordinator-invite"

/** The languages a coordinator can read the portal and their mail in; Spanish first. */
export const COORDINATOR_LANGUAGES = ["es", "en"] as const
export type CoordinatorLanguage = (typeof COORDINATOR_LANGUAGES)[number]

/** Invited until they set a password; disabled coordinators cannot log in. */
export const COORDINATOR_STATUSES = ["invited", "active", "disabled"] as const
export type CoordinatorStatus = (typeof COORDINATOR_STATUSES)[number]

/** A person who keeps one cooperative's shelf current, from the coordinators' portal. */
export const Coordinator = model
  .define("coordinator", {
    id: model.id({ prefix: "coord" }).primaryKey(),
    name: model.text(),
    // Stored lowercased; also the login of the coordinator's auth identity (emailpass).
    email: model.text().unique(),
    phone: model.text().nullable(),
    preferred_language: model.enum([...COORDINATOR_LANGUAGES]).default("es"),
    status: model.enum([...COORDINATOR_STATUSES]).default("invited"),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "coordinators" }),
    invites: model.hasMany(() => CoordinatorInvite, { mappedBy: "coordinator" }),
  })
  .cascades({ delete: ["invites"] })
