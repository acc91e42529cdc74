import { model } from "@medusajs/framework/utils"
import { PARCEL_STATUSES, type ParcelStatus } from "@telar/types"

export { PARCEL_STATUSES, type ParcelStatus }

/**
 * What a cooperative has done with its parcel of one order: packed it ("ready"), then handed it to
 * a carrier (with the carrier's name and guide number), and who did each and when. One row per
 * order and cooperative, written only when the status first moves; no row means "pending".
 * `*_mutation_id` is the client's id of the request that made each move: its replay answers
 * as the first time did, even after the parcel moved further.
 */
export const CooperativeParcel = model
  .define("cooperative_parcel", {
    id: model.id({ prefix: "cparcel" }).primaryKey(),
    order_id: model.text(),
    cooperative_id: model.text(),
    status: model.enum([...PARCEL_STATUSES]).default("pending"),
    ready_at: model.dateTime().nullable(),
    ready_by: model.text().nullable(),
    ready_mutation_id: model.text().nullable(),
    handed_at: model.dateTime().nullable(),
    handed_by: model.text().nullable(),
    handed_mutation_id: model.text().nullable(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "cooperative_id"], unique: true }, { on: ["cooperative_id", "status"] }])
