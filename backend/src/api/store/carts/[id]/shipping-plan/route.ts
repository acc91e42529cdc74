import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { StoreSetShippingPlan } from "../../validators"
import { setShippingPlanWorkflow } from "../../../../../workflows/checkout/set-shipping-plan"
import { buildShippingPlan } from "../../../../../lib/checkout/shipping-plan"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await buildShippingPlan(req.scope, req.params.id))
}

export async function POST(req: MedusaRequest<z.infer<typeof StoreSetShippingPlan>>, res: MedusaResponse) {
  await setShippingPlanWorkflow(req.scope).run({ input: { cart_id: req.params.id, speed: req.validatedBody.speed } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "total", "subtotal", "shipping_total", "tax_total", "discount_total", "shipping_methods.*"],
    filters: { id: req.params.id },
  })
  res.json({ cart: data[0] })
}
