import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { PAYOUT_METHODS, PAYOUT_STATUSES } from "../../modules/payout/models/payout"

/** The fields of a payout staff see (AdminPayout); amounts are integer centavos. */
export const ADMIN_PAYOUT_FIELDS = [
  "id",
  "batch_id",
  "cooperative_id",
  "method",
  "amount",
  "currency_code",
  "status",
  "account_holder",
  "clabe",
  "stripe_account_id",
  "reference",
  "tracking_key",
  "stripe_transfer_id",
  "failure_reason",
  "paid_at",
  "failed_at",
  "settled_by",
  "created_at",
]

/** A coordinator's payout (CoordinatorPayout): no staff ids, the CLABE masked. */
export const COORDINATOR_PAYOUT_FIELDS = [
  "id",
  "method",
  "amount",
  "currency_code",
  "status",
  "account_holder",
  "clabe",
  "reference",
  "tracking_key",
  "failure_reason",
  "paid_at",
  "failed_at",
  "created_at",
]

export const PAYOUT_BATCH_FIELDS = ["id", "status", "note", "created_by", "created_at", "totals", "payouts"]

export const PAYOUT_MAX_LIMIT = 200

const limitMessage = `limit must be a whole number from 1 to ${PAYOUT_MAX_LIMIT}`

/** A page of payouts or batches, newest first. */
export function payoutPageParams(defaultLimit: number) {
  return createFindParams({ limit: defaultLimit, offset: 0 }).extend({
    limit: z.preprocess(
      (value) => (typeof value === "string" && value.trim() ? Number(value) : value),
      z
        .number({ error: limitMessage })
        .int({ error: limitMessage })
        .min(1, { error: limitMessage })
        .max(PAYOUT_MAX_LIMIT, { error: limitMessage })
        .default(defaultLimit)
    ),
  })
}

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.union([z.enum(values), z.array(z.enum(values))], { error: `${name} must be one of ${values.join(", ")}` }).optional()

/** Filters of a payout list, for staff (any cooperative) and coordinators (their own only: no cooperative_id). */
export const payoutFilters = {
  status: oneOrMany(PAYOUT_STATUSES, "status"),
  method: z.enum(PAYOUT_METHODS, { error: `method must be one of ${PAYOUT_METHODS.join(", ")}` }).optional(),
  batch_id: z.string().trim().min(1).max(100).optional(),
}

/** Only the fields asked for that this actor may see; all of them when none are left. */
export function pickFields<T extends Record<string, unknown>>(record: T, asked: string[], visible: string[]): Partial<T> {
  const wanted = asked.filter((field) => visible.includes(field))
  const fields = wanted.length ? wanted : visible
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, record[field]])) as Partial<T>
}
