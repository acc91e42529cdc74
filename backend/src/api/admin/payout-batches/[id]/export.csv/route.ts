import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { speiBatchCsv } from "../../../../../lib/payout/csv"
import { PAYOUT_MODULE } from "../../../../../modules/payout"
import type PayoutModuleService from "../../../../../modules/payout/service"

/** The bank file of a batch: one line per SPEI payout still to send (CLABE, holder, pesos, reference). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).retrievePayoutBatchRecord(req.params.id)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="telar-${batch.id}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(speiBatchCsv(batch.payouts))
}
