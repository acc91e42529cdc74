import { z } from "@medusajs/framework/zod"
import { LEDGER_ENTRY_TYPES } from "../../modules/payout/models/ledger-entry"
import { LEDGER_ENTRY_COLUMNS } from "../../modules/payout/service"
import { limitedPageParams, oneOrMany } from "./list-query"

/** The fields of a ledger entry staff see; amounts are integer centavos. */
export const LEDGER_ENTRY_FIELDS: string[] = [...LEDGER_ENTRY_COLUMNS, "created_at"]

/** Coordinators see their entries without the staff's internal ids. */
export const COORDINATOR_LEDGER_ENTRY_FIELDS = LEDGER_ENTRY_FIELDS.filter((field) => !["actor_id", "entry_key"].includes(field))

export const LEDGER_DEFAULT_LIMIT = 50
export const LEDGER_MAX_LIMIT = 200

/** GET …/ledger's query: a page of entries, newest first, optionally of some types or one order. Unknown parameters are refused. */
export const LedgerListQuery = limitedPageParams(LEDGER_DEFAULT_LIMIT, LEDGER_MAX_LIMIT)
  .extend({ type: oneOrMany(LEDGER_ENTRY_TYPES, "type"), order_id: z.string().trim().min(1).max(100).optional() })
  .strict()

export type LedgerListQueryType = z.infer<typeof LedgerListQuery>
