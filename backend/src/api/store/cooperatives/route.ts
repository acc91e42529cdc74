import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPublicCooperatives } from "../../../lib/cooperative/public-cooperatives"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cooperatives = (await listPublicCooperatives(req.scope)).map(({ artisan_count, ...cooperative }) => cooperative)
  res.json({ cooperatives, count: cooperatives.length })
}
