import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { SHIPPING_RATES_LOCALE, type ShippingOptionWithType, spanishShippingOptionTranslations } from "../lib/cooperative/shipping-rates"

/**
 * Runs once (`medusa db:migrate`): cooperatives created before shipping options were named in
 * Spanish too get the Spanish names now, so a Spanish cart's shipping method says "Estándar".
 */
export default async function shippingOptionsInSpanish({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.id", "type.code"],
  })
  // Options of other codes (made by hand in the admin) get none.
  const wanted = spanishShippingOptionTranslations(options as ShippingOptionWithType[])
  if (!wanted.length) return
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations(
      { reference_id: wanted.map((translation) => translation.reference_id), locale_code: SHIPPING_RATES_LOCALE },
      { select: ["reference_id"] }
    )
  const translated = new Set(existing.map((translation) => translation.reference_id))
  const missing = wanted.filter((translation) => !translated.has(translation.reference_id))
  if (missing.length) await createTranslationsWorkflow(container).run({ input: { translations: missing } })
}
