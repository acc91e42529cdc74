import { type StatementRouteContext, statementResponse } from "../../../statement-route"

export const dynamic = "force-dynamic"
export async function GET(request: Request, context: StatementRouteContext) {
  return statementResponse("es", request, context)
}
