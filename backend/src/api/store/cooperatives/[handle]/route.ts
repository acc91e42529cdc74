import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_COOPERATIVE_CACHE } from "../../../../lib/cooperative/public-cooperatives"
import { STORE_ARTISAN_FIELDS, STORE_COOPERATIVE_FIELDS } from "../query-config"

const PRODUCT_FIELDS = ["id", "handle", "title", "subtitle", "thumbnail", "status"]

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "cooperative",
      fields: [
        ...STORE_COOPERATIVE_FIELDS,
        ...STORE_ARTISAN_FIELDS.map((field) => `artisans.${field}`),
        ...PRODUCT_FIELDS.map((field) => `products.${field}`),
      ],
      // Drafts and archived cooperatives are not public: the same 404 as an unknown handle.
      filters: { handle: req.params.handle, status: "published" },
    },
    { cache: PUBLIC_COOPERATIVE_CACHE }
  )
  const found = data[0] as any
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with handle "${req.params.handle}".`)
  }
  const { products, ...cooperative } = found
  const published = (products ?? []).filter((product: any) => product?.status === "published")
  res.json({
    cooperative: {
      ...cooperative,
      products: published.map(({ status, ...product }: any) => product),
      product_count: published.length,
    },
  })
}
