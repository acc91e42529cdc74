import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPayoutBalances } from "../../../../lib/payout/batches"

/** Every cooperative's available balance (what a new payout can take), what pending payouts hold, and whether it can be paid now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const balances = await listPayoutBalances(req.scope)
  res.json({ balances, count: balances.length })
}
