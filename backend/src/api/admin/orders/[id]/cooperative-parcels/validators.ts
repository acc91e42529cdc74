import { z } from "@medusajs/framework/zod"
import { PICK_LIST_LOCALES } from "../../../../../lib/fulfillment/pick-list"

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} is text.` })
    .trim()
    .min(1, `${name} cannot be empty; leave it out if unknown.`)
    .max(max, `${name} has at most ${max} characters.`)

/** POST …/cooperative-parcels/:cooperative_id/ship: how the parcel travels, when known (else the coordinator's report is used). */
export const AdminShipCooperativeParcel = z
  .object({
    carrier: text("carrier", 100).optional(),
    tracking_number: text("tracking_number", 100).optional(),
    tracking_url: z
      .url({ protocol: /^https?$/, error: "tracking_url is a web address starting with https:// or http://." })
      .max(500)
      .optional(),
  })
  .strict()

export type AdminShipCooperativeParcelType = z.infer<typeof AdminShipCooperativeParcel>

/** GET …/cooperative-parcels/pick-list: one cooperative's parcel (or every parcel), in Spanish unless lang=en. */
export const AdminPickListQuery = z
  .object({
    cooperative_id: text("cooperative_id", 100).optional(),
    lang: z.enum(PICK_LIST_LOCALES, { error: `lang must be one of ${PICK_LIST_LOCALES.join(", ")}.` }).optional(),
  })
  .strict()

export type AdminPickListQueryType = z.infer<typeof AdminPickListQuery>

export const adminPickListQueryConfig = { defaults: [], allowed: [], isList: false }
