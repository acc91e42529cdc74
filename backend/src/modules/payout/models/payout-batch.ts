import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

/**
 * One decision of staff to pay cooperatives: a payout per cooperative, each settled on its own
 * (a bank may refuse one transfer of a batch and take the others). Its status is its payouts'.
 */
export const PayoutBatch = model.define("payout_batch", {
  id: model.id({ prefix: "pobatch" }).primaryKey(),
  note: model.text().nullable(),
  // The staff user who created it.
  created_by: model.text().nullable(),
  payouts: model.hasMany(() => Payout, { mappedBy: "batch" }),
})
