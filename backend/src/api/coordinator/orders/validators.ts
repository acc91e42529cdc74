import { z } from "@medusajs/framework/zod"
import { PARCEL_STATUSES } from "@telar/types"
import { ClientMutationId } from "../validators"

export const COORDINATOR_ORDERS_DEFAULT_LIMIT = 20
export const COORDINATOR_ORDERS_MAX_LIMIT = 100

const limitMessage = `limit must be a whole number from 1 to ${COORDINATOR_ORDERS_MAX_LIMIT}`
const whole = (value: unknown) => (typeof value === "string" && value.trim() ? Number(value) : value)
const statusMessage = `parcel_status must be one or more of ${PARCEL_STATUSES.join(", ")} (comma-separated)`

/** GET /coordinator/orders: a page, newest first, optionally only parcels at some statuses. Unknown parameters are refused. */
export const CoordinatorListOrders = z
  .object({
    limit: z.preprocess(
      whole,
      z
        .number({ error: limitMessage })
        .int({ error: limitMessage })
        .min(1, { error: limitMessage })
        .max(COORDINATOR_ORDERS_MAX_LIMIT, { error: limitMessage })
        .default(COORDINATOR_ORDERS_DEFAULT_LIMIT)
    ),
    offset: z.preprocess(
      whole,
      z.number({ error: "offset must be a whole number from 0" }).int({ error: "offset must be a whole number from 0" }).min(0).default(0)
    ),
    parcel_status: z
      .preprocess(
        (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()) : value),
        z.array(z.enum(PARCEL_STATUSES, { error: statusMessage }), { error: statusMessage }).min(1, { error: statusMessage })
      )
      .optional(),
  })
  .strict()

const detail = (what: string) =>
  z
    .string()
    .trim()
    .max(100, `The ${what} is too long (100 characters at most).`)
    .transform((value) => value.replace(/\s+/g, " "))
    .optional()

/** POST /coordinator/orders/:id/parcel: the parcel is ready, or handed to a carrier (with its name and guide number if known). */
export const CoordinatorSetParcelStatus = z
  .object({
    status: z.enum(["ready", "handed_to_carrier"], { error: 'status must be "ready" or "handed_to_carrier".' }),
    carrier: detail("carrier's name"),
    tracking_number: detail("tracking number"),
    client_mutation_id: ClientMutationId.optional(),
  })
  .strict()
  .refine((body) => body.status === "handed_to_carrier" || (!body.carrier && !body.tracking_number), {
    message: "A carrier and tracking number go with status handed_to_carrier only.",
  })

export type CoordinatorListOrdersType = z.infer<typeof CoordinatorListOrders>
export type CoordinatorSetParcelStatusType = z.infer<typeof CoordinatorSetParcelStatus>
