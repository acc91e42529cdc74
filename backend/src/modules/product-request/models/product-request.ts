import { model } from "@medusajs/framework/utils"
import { ProductRequestImage } from "./product-request-image"

/**
 * pending: waiting for staff; returned: staff sent it back with a comment (the coordinator may
 * change it and send it again); approved: the piece is a product in the shop.
 */
export const PRODUCT_REQUEST_STATUSES = ["pending", "returned", "approved"] as const
export type ProductRequestStatus = (typeof PRODUCT_REQUEST_STATUSES)[number]

/**
 * A new piece a coordinator proposes from the portal, in Spanish, with the price the cooperative
 * asks. The cooperative and the coordinator are plain ids (modules never import each other);
 * `client_request_id` makes a retried submission answer with the first one (unique per coordinator).
 */
export const ProductRequest = model
  .define("product_request", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    cooperative_id: model.text(),
    coordinator_id: model.text(),
    client_request_id: model.text(),
    status: model.enum([...PRODUCT_REQUEST_STATUSES]).default("pending"),
    title_es: model.text(),
    story_es: model.text(),
    materials: model.text(),
    technique: model.text(),
    // What the cooperative asks per piece, in integer minor units of its payout currency.
    producer_price_amount: model.number(),
    producer_price_currency: model.text(),
    stock: model.number(),
    // Counts the times it was sent to staff: each review (and its mail) belongs to one revision.
    revision: model.number().default(1),
    staff_comment: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    product_id: model.text().nullable(),
    photos: model.hasMany(() => ProductRequestImage, { mappedBy: "request" }),
  })
  .indexes([
    { on: ["coordinator_id", "client_request_id"], unique: true },
    { on: ["cooperative_id", "status"] },
    { on: ["status", "created_at"] },
  ])
  .cascades({ delete: ["photos"] })
