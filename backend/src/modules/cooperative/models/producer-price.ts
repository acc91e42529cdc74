import { model } from "@medusajs/framework/utils"

/**
 * The fair-trade agreement for one product variant: what the cooperative receives per unit,
 * in its payout currency. Linked to the variant through a module link.
 */
export const ProducerPrice = model.define("producer_price", {
  id: model.id({ prefix: "prodprice" }).primaryKey(),
  amount: model.bigNumber(),
  currency_code: model.text(),
})
