import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"

/** Every stock change asked of the cooperative's shelf (applied, refused or in conflict), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  await service.retrieveCooperative(req.params.id, { select: ["id"] })
  const { variant_id, outcome } = req.filterableFields as { variant_id?: string; outcome?: string }
  const [changes, count] = await service.listAndCountStockChanges(
    { cooperative_id: req.params.id, ...(variant_id ? { variant_id } : {}), ...(outcome ? { outcome: outcome as any } : {}) },
    {
      select: req.queryConfig.fields,
      skip: req.queryConfig.pagination.skip,
      take: req.queryConfig.pagination.take,
      order: { created_at: "DESC" },
    }
  )
  res.json({ stock_changes: changes, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
