import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreCooperativeList } from "@telar/types"
import { loadPublicNetwork } from "../../../lib/cooperative/public-cooperatives"

export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreCooperativeList>) {
  const { cooperatives } = await loadPublicNetwork(req.scope, req.publishable_key_context?.sales_channel_ids ?? [])
  res.json({ cooperatives: cooperatives.map(({ artisan_count, ...cooperative }) => cooperative), count: cooperatives.length })
}
