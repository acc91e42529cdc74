import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"
import { Coordinator } from "./coordinator"
import { PayoutAccount } from "./payout-account"

export const CHIAPAS_REGIONS = ["Altos", "Selva", "Frailesca", "Centro", "Norte", "Sierra", "Costa", "Soconusco", "Fronteriza"] as const

/** Only published cooperatives are public; new ones start as drafts, archived ones leave the shop. */
export const COOPERATIVE_STATUSES = ["draft", "published", "archived"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    community: model.text(),
    municipality: model.text(),
    region: model.enum([...CHIAPAS_REGIONS]),
    status: model.enum([...COOPERATIVE_STATUSES]).default("draft"),
    latitude: model.float(),
    longitude: model.float(),
    founded_year: model.number().nullable(),
    member_families: model.number().nullable(),
    languages: model.array().default([]),
    crafts: model.array().default([]),
    // Same order as `crafts`: the Spanish name of each craft.
    crafts_es: model.array().default([]),
    // Two explicit fields: the story is the cooperative's own text, edited with the record.
    story_en: model.text().default(""),
    story_es: model.text().default(""),
    logo_url: model.text().nullable(),
    cover_url: model.text().nullable(),
    contact_email: model.text().nullable(),
    contact_phone: model.text().nullable(),
    is_demo: model.boolean().default(false),
    artisans: model.hasMany(() => Artisan, { mappedBy: "cooperative" }),
    coordinators: model.hasMany(() => Coordinator, { mappedBy: "cooperative" }),
    // Kept in its own table so that store queries of `cooperative.*` can never include it.
    payout_account: model.hasOne(() => PayoutAccount, { mappedBy: "cooperative" }).nullable(),
  })
  .cascades({ delete: ["artisans", "payout_account", "coordinators"] })
