import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreCooperativeDetail } from "@telar/types"
import { getPublicCooperative } from "../../../../lib/cooperative/public-cooperatives"

export async function GET(req: MedusaStoreRequest, res: MedusaResponse<{ cooperative: StoreCooperativeDetail }>) {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  res.json({ cooperative: await getPublicCooperative(req.scope, req.params.handle, salesChannelIds) })
}
