import type { MedusaResponse } from "@medusajs/framework/http"
import { cooperativeStatement, defaultStatementPeriod } from "../../../lib/payout/statement"
import type { StatementQueryType } from "../../../lib/payout/statement-query"
import { sendStatement } from "../../../lib/payout/statement-response"
import { type CoordinatorRequest, currentCoordinator } from "../helpers"

/** The coordinator's own cooperative's printable statement, in their language unless lang says otherwise. */
export async function GET(req: CoordinatorRequest & { validatedQuery: StatementQueryType }, res: MedusaResponse) {
  const coordinator = currentCoordinator(req)
  const period = defaultStatementPeriod()
  const { from = period.from, to = period.to, lang = coordinator.preferred_language } = req.validatedQuery
  sendStatement(res, await cooperativeStatement(req.scope, { cooperative_id: coordinator.cooperative_id, from, to, locale: lang }))
}
