import { model } from "@medusajs/framework/utils"

/**
 * earning: a sold line's producer price × quantity; reversal: its undoing (cancellation, refund,
 * return); advance / advance_recoupment: money paid ahead and won back from later earnings;
 * payout / payout_failed: money sent to the cooperative and, if the bank refused it, returned;
 * adjustment: a staff correction.
 */
export const LEDGER_ENTRY_TYPES = ["earning", "reversal", "advance", "advance_recoupment", "payout", "payout_failed", "adjustment"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

/** system: a subscriber or job reacting to an event; user: a staff member in the admin. */
export const LEDGER_ACTOR_TYPES = ["system", "user"] as const
export type LedgerActorType = (typeof LEDGER_ACTOR_TYPES)[number]

/**
 * What a cooperative is owed and was paid, one signed amount per row, in integer minor units
 * (centavos). Append-only: the database refuses UPDATE and DELETE (see the migration's trigger);
 * a correction is a new entry. `entry_key` names the fact an entry records ("earning:<line id>"),
 * so the same fact can never be written twice, whoever writes it and however often.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    entry_key: model.text(),
    // A plain id, not a module link: the ledger outlives a cooperative and is summed without a join.
    cooperative_id: model.text(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    // The migration makes this a bigint: no ceiling of 21 million pesos on one entry.
    amount: model.number(),
    currency_code: model.text(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    return_id: model.text().nullable(),
    refund_id: model.text().nullable(),
    payout_id: model.text().nullable(),
    // The inputs that produced the amount (producer price, quantity, exchange rate), as they were then.
    snapshot: model.json().nullable(),
    actor_type: model.enum([...LEDGER_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["entry_key"], unique: true, where: null },
    // The domain's own guarantee, whatever key a writer builds: one earning per sold line.
    { name: "IDX_ledger_entry_earning_line_item_id_unique", on: ["line_item_id"], unique: true, where: "type = 'earning'" },
    { on: ["cooperative_id", "created_at"], where: null },
    { on: ["order_id"], where: null },
    { on: ["payout_id"], where: null },
  ])
