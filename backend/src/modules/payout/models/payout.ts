import { model } from "@medusajs/framework/utils"
import { PayoutBatch } from "./payout-batch"

/** spei: staff send it from the bank and record its tracking key; stripe_connect: a Stripe transfer. */
export const PAYOUT_METHODS = ["spei", "stripe_connect"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/** pending until the money is known to have arrived (paid) or not to have (failed); never back. */
export const PAYOUT_STATUSES = ["pending", "paid", "failed"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/**
 * Money sent to one cooperative. Created with a `payout` ledger entry of -amount (the balance
 * drops at once); a failure adds a `payout_failed` entry of +amount. Where the money goes (CLABE
 * and holder, or the Stripe account) is copied at creation: a later edit of the cooperative's
 * account cannot redirect a payout already decided.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "po" }).primaryKey(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "payouts" }),
    // A plain id, as in the ledger: a payout outlives any edit of the cooperative.
    cooperative_id: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    // Integer centavos; the migration makes it a bigint, like the ledger's amounts.
    amount: model.number(),
    currency_code: model.text(),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    account_holder: model.text(),
    clabe: model.text().nullable(),
    stripe_account_id: model.text().nullable(),
    // What the cooperative's bank statement shows ("concepto"): names the payout, 40 characters at most.
    reference: model.text(),
    // "Clave de rastreo": the bank's key for a SPEI transfer, recorded by staff when it is paid.
    tracking_key: model.text().nullable(),
    stripe_transfer_id: model.text().nullable(),
    failure_reason: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    // The staff user who marked it paid or failed, or whose request sent its Stripe transfer.
    settled_by: model.text().nullable(),
  })
  .indexes([
    // A cooperative is paid once per batch.
    { on: ["batch_id", "cooperative_id"], unique: true, where: null },
    { on: ["cooperative_id", "created_at"], where: null },
    { on: ["status"], where: null },
    { name: "IDX_payout_stripe_transfer_id_unique", on: ["stripe_transfer_id"], unique: true, where: "stripe_transfer_id IS NOT NULL" },
  ])
