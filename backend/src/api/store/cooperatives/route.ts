import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_COOPERATIVE_FIELDS } from "./query-config"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [...STORE_COOPERATIVE_FIELDS, "products.id", "products.status"],
    pagination: { order: { name: "ASC" } },
  }, { cache: { enable: true } })
  const cooperatives = data.map(({ products, ...cooperative }: any) => ({
    ...cooperative,
    product_count: (products ?? []).filter((product: any) => product?.status === "published").length,
  }))
  res.json({ cooperatives, count: cooperatives.length })
}
