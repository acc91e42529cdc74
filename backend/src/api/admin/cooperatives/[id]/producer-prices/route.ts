import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { setProducerPricesWorkflow } from "../../../../../workflows/cooperative/set-producer-prices"
import type { AdminSetProducerPrices } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [
        "id",
        "products.id",
        "products.title",
        "products.variants.id",
        "products.variants.title",
        "products.variants.sku",
        "products.variants.producer_price.*",
      ],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const producer_prices = (data[0].products ?? []).flatMap((product: any) =>
    (product.variants ?? []).map((variant: any) => ({
      product_id: product.id,
      product_title: product.title,
      variant_id: variant.id,
      variant_title: variant.title,
      sku: variant.sku,
      amount: variant.producer_price?.amount ?? null,
      currency_code: variant.producer_price?.currency_code ?? null,
    }))
  )
  res.json({ producer_prices })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSetProducerPrices>>, res: MedusaResponse) {
  const { result } = await setProducerPricesWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, prices: req.validatedBody.prices },
  })
  res.json({
    currency_code: result.currency_code,
    created: result.create.length,
    updated: result.update.length,
  })
}
