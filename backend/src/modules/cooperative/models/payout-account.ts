import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const PAYOUT_METHODS = ["spei", "stripe_connect"] as const

/** How a cooperative is paid. Staff-only: never joined into store responses. */
export const PayoutAccount = model.define("payout_account", {
  id: model.id({ prefix: "payacc" }).primaryKey(),
  method: model.enum([...PAYOUT_METHODS]).default("spei"),
  account_holder: model.text(),
  clabe: model.text().nullable(),
  stripe_account_id: model.text().nullable(),
  currency_code: model.text().default("mxn"),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "payout_account" }),
})
