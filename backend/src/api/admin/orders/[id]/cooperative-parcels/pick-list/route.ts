import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadParcelOrder } from "../../../../../../lib/fulfillment/cooperative-parcels"
import { pickListHtml, sendPickList } from "../../../../../../lib/fulfillment/pick-list"
import type { AdminPickListQueryType } from "../validators"

/** The order's printable pick list (HTML, Spanish unless lang=en): every parcel, or one cooperative's. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminPickListQueryType>, res: MedusaResponse) {
  const { cooperative_id, lang = "es" } = req.validatedQuery
  const order = await loadParcelOrder(req.scope, req.params.id)
  sendPickList(res, (nonce) => pickListHtml(order, { cooperativeId: cooperative_id, locale: lang, nonce }))
}
