import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { LEDGER_ENTRY_TYPES } from "../../modules/payout/models/ledger-entry"

/** The fields of a ledger entry staff see; amounts are integer centavos. */
export const LEDGER_ENTRY_FIELDS = [
  "id",
  "created_at",
  "cooperative_id",
  "type",
  "amount",
  "currency_code",
  "order_id",
  "line_item_id",
  "return_id",
  "refund_id",
  "payout_id",
  "snapshot",
  "actor_type",
  "actor_id",
  "note",
  "entry_key",
]

/** Coordinators see their entries without the staff's internal ids. */
export const COORDINATOR_LEDGER_ENTRY_FIELDS = LEDGER_ENTRY_FIELDS.filter((field) => !["actor_id", "entry_key"].includes(field))

export const LEDGER_DEFAULT_LIMIT = 50
export const LEDGER_MAX_LIMIT = 200

/** GET …/ledger's query: a page of entries, newest first, optionally of some types or one order. Unknown parameters are refused. */
export const LedgerListQuery = createFindParams({ limit: LEDGER_DEFAULT_LIMIT, offset: 0 })
  .extend({
    limit: z.preprocess(
      (value) => (typeof value === "string" && value.trim() ? Number(value) : value),
      z
        .number({ error: `limit must be a whole number from 1 to ${LEDGER_MAX_LIMIT}` })
        .int({ error: `limit must be a whole number from 1 to ${LEDGER_MAX_LIMIT}` })
        .min(1, { error: `limit must be a whole number from 1 to ${LEDGER_MAX_LIMIT}` })
        .max(LEDGER_MAX_LIMIT, { error: `limit must be a whole number from 1 to ${LEDGER_MAX_LIMIT}` })
        .default(LEDGER_DEFAULT_LIMIT)
    ),
    type: z
      .union([z.enum(LEDGER_ENTRY_TYPES), z.array(z.enum(LEDGER_ENTRY_TYPES))], {
        error: `type must be one of ${LEDGER_ENTRY_TYPES.join(", ")}`,
      })
      .optional(),
    order_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()

export type LedgerListQueryType = z.infer<typeof LedgerListQuery>
