import { type StatementRouteContext, statementResponse } from "../../../statement-route"

export const dynamic = "force-dynamic"
export async function GET(request: Request, context: StatementRouteContext) {
  return statementResponse("en", request, context)
}
