import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs once (`medusa db:migrate`): shops seeded before prices in pesos included IVA added 16 %
 * on top of the price shown. From now on MXN prices, and the México regions' prices, include it.
 */
export default async function mxnPricesIncludeIva({ container }: ExecArgs) {
  const pricing = container.resolve(Modules.PRICING)
  const regions = await container.resolve(Modules.REGION).listRegions({ currency_code: "mxn" }, { select: ["id"] })
  const wanted = [{ attribute: "currency_code", value: "mxn" }, ...regions.map((region) => ({ attribute: "region_id", value: region.id }))]
  for (const preference of wanted) {
    const [existing] = await pricing.listPricePreferences(preference, { take: 1 })
    if (existing) await pricing.updatePricePreferences({ id: existing.id }, { is_tax_inclusive: true })
    else await pricing.createPricePreferences({ ...preference, is_tax_inclusive: true })
  }
}
