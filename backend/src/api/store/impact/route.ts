import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreImpact } from "@telar/types"
import { loadImpact } from "../../../lib/catalog/impact"

/** The home page's numbers: the same totals as the cooperatives page, and the average share. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreImpact>) {
  res.json(await loadImpact(req.scope, req.publishable_key_context?.sales_channel_ids ?? []))
}
