import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHODS, PAYOUT_STATUSES } from "../../modules/payout/models/payout"
import { PAYOUT_COLUMNS } from "../../modules/payout/payouts"
import { limitedPageParams, oneOrMany } from "./list-query"

/** The fields of a payout staff see (AdminPayout); amounts are integer centavos. */
export const ADMIN_PAYOUT_FIELDS: string[] = PAYOUT_COLUMNS.filter((column) => column !== "updated_at")

export const PAYOUT_BATCH_FIELDS = ["id", "status", "note", "created_by", "created_at", "totals", "payouts"]

export const PAYOUT_MAX_LIMIT = 200

/** A page of payouts or batches, newest first. */
export const payoutPageParams = (defaultLimit: number) => limitedPageParams(defaultLimit, PAYOUT_MAX_LIMIT)

/** Filters of a payout list, for staff (any cooperative) and coordinators (their own only: no cooperative_id). */
export const payoutFilters = {
  status: oneOrMany(PAYOUT_STATUSES, "status"),
  method: z.enum(PAYOUT_METHODS, { error: `method must be one of ${PAYOUT_METHODS.join(", ")}` }).optional(),
  batch_id: z.string().trim().min(1).max(100).optional(),
}

/** Only the fields asked for that this actor may see; all of them when none are left. */
export function pickFields<T extends Record<string, unknown>>(record: T, asked: string[], visible: readonly string[]): Partial<T> {
  const wanted = asked.filter((field) => visible.includes(field))
  const fields = wanted.length ? wanted : visible
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, record[field]])) as Partial<T>
}
