import { z } from "@medusajs/framework/zod"
import { PRODUCT_REQUEST_STATUSES } from "../../modules/product-request/models/product-request"

const statuses = z.enum(PRODUCT_REQUEST_STATUSES, { error: `status must be one of ${PRODUCT_REQUEST_STATUSES.join(", ")}` })
const wholeNumber = (min: number, max: number, name: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? Number(value) : value),
    z
      .number({ error: `${name} must be a whole number from ${min} to ${max}` })
      .int({ error: `${name} must be a whole number from ${min} to ${max}` })
      .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
      .max(max, { error: `${name} must be a whole number from ${min} to ${max}` })
  )

/** GET …/product-requests: a page of requests, newest first, optionally of some statuses. */
export const ProductRequestListQuery = z
  .object({
    status: z.union([statuses, z.array(statuses)]).optional(),
    limit: wholeNumber(1, 100, "limit").default(20),
    offset: wholeNumber(0, 1_000_000, "offset").default(0),
  })
  .strict()

/** Staff may also narrow the list to one cooperative. */
export const AdminProductRequestListQuery = ProductRequestListQuery.extend({
  cooperative_id: z.string().trim().min(1).max(100).optional(),
}).strict()

export type ProductRequestListQueryType = z.infer<typeof AdminProductRequestListQuery>

/** validateAndTransformQuery's config: no `fields` (the answer has one shape), newest first. */
export const productRequestListConfig = { defaults: ["id"], defaultLimit: 20, isList: true }
