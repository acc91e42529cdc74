import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ledgerPage } from "../../../../../lib/payout/ledger-page"
import { LEDGER_ENTRY_FIELDS, type LedgerListQueryType } from "../../../../../lib/payout/ledger-query"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"

/** A cooperative's ledger, newest first, and what it is owed now. Read-only: the ledger has no edit path. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, LedgerListQueryType>, res: MedusaResponse) {
  const cooperatives = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${req.params.id}" was not found.`)
  const { type, order_id } = req.validatedQuery
  res.json(
    await ledgerPage(req.scope, {
      cooperative_id: cooperative.id,
      filters: { type, order_id },
      fields: req.queryConfig.fields,
      visible_fields: LEDGER_ENTRY_FIELDS,
      skip: req.queryConfig.pagination.skip,
      take: req.queryConfig.pagination.take,
    })
  )
}
