import type { MedusaResponse } from "@medusajs/framework/http"
import { ledgerPage } from "../../../lib/payout/ledger-page"
import { COORDINATOR_LEDGER_ENTRY_FIELDS, type LedgerListQueryType } from "../../../lib/payout/ledger-query"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

/** The coordinator's own cooperative's ledger and balance; the cooperative comes from the login, never the request. */
export async function GET(req: CoordinatorRequest & { validatedQuery: LedgerListQueryType }, res: MedusaResponse) {
  const { cooperative_id } = currentCoordinator(req)
  const { type, order_id } = req.validatedQuery
  res.json(
    await ledgerPage(req.scope, {
      cooperative_id,
      filters: { type, order_id },
      fields: req.queryConfig.fields,
      visible_fields: COORDINATOR_LEDGER_ENTRY_FIELDS,
      skip: req.queryConfig.pagination.skip,
      take: req.queryConfig.pagination.take,
    })
  )
}
