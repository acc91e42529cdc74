import { model } from "@medusajs/framework/utils"
import { ProductRequest } from "./product-request"

/**
 * A photo of a proposed piece (the product's image once approved), uploaded from the portal,
 * already resized and without metadata, stored through Medusa's File module. It belongs to its
 * cooperative from the upload on, and to a request once one is sent with it. `sha256` is the
 * uploaded bytes' hash: a retried upload answers with this one.
 */
export const ProductRequestImage = model
  .define("product_request_image", {
    id: model.id({ prefix: "preqimg" }).primaryKey(),
    cooperative_id: model.text(),
    coordinator_id: model.text(),
    file_id: model.text(),
    url: model.text(),
    mime_type: model.text(),
    width: model.number(),
    height: model.number(),
    size_bytes: model.number(),
    sha256: model.text(),
    position: model.number().default(0),
    request: model.belongsTo(() => ProductRequest, { mappedBy: "photos" }).nullable(),
  })
  .indexes([{ on: ["coordinator_id", "sha256"] }, { on: ["cooperative_id"] }])
