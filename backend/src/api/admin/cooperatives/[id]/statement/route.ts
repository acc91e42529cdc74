import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeStatement, defaultStatementPeriod } from "../../../../../lib/payout/statement"
import type { StatementQueryType } from "../../../../../lib/payout/statement-query"
import { sendStatement } from "../../../../../lib/payout/statement-response"

/** A cooperative's printable statement of a period (HTML, Spanish unless lang=en): entries, opening and closing balance. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const period = defaultStatementPeriod()
  const { from = period.from, to = period.to, lang = "es" } = req.validatedQuery
  sendStatement(res, await cooperativeStatement(req.scope, { cooperative_id: req.params.id, from, to, locale: lang }))
}
