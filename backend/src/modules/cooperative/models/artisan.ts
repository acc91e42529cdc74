import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

export const Artisan = model.define("artisan", {
  id: model.id({ prefix: "art" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  craft: model.text(),
  craft_es: model.text().nullable(),
  bio_en: model.text().default(""),
  bio_es: model.text().default(""),
  portrait_url: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "artisans" }),
})
