import { model } from "@medusajs/framework/utils"

/**
 * Append-only history of the rate staff set: the newest row is the current rate,
 * and older rows record when and by whom it changed.
 */
export const ExchangeRate = model
  .define("exchange_rate", {
    id: model.id({ prefix: "xrate" }).primaryKey(),
    from_currency: model.text(),
    to_currency: model.text(),
    rate: model.text(),
    set_by: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["from_currency", "to_currency", "created_at"] }])
