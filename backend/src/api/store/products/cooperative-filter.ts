import { maybeApplyLinkFilter, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type CooperativeFilter = { cooperative_id?: string | string[]; cooperative?: string | string[] }
type FilterRequest = MedusaRequest & { cooperativeFilter?: CooperativeFilter }

const FILTER_VALUE = /^[a-z0-9_-]{1,120}$/i

/**
 * Runs before Medusa's strict query validation: lifts our own filters out of the query. Only
 * plain ids or handles pass: an operator object (`cooperative[$ne]=x`) or an empty value is a 400,
 * never a filter that matches everything.
 */
export function extractCooperativeFilter(req: FilterRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  for (const key of ["cooperative_id", "cooperative"] as const) {
    const value = req.query[key]
    if (value === undefined) continue
    const values = Array.isArray(value) ? value : [value]
    if (!values.length || values.length > 50 || !values.every((item) => typeof item === "string" && FILTER_VALUE.test(item))) {
      return res.status(400).json({
        type: "invalid_data",
        message: `${key} must be one or more ${key === "cooperative" ? "cooperative handles" : "cooperative ids"} (letters, digits, - and _).`,
      })
    }
    req.cooperativeFilter = { ...req.cooperativeFilter, [key]: values as string[] }
    delete req.query[key]
  }
  next()
}

/** Turns a cooperative id or handle into the product-id filter Medusa's product route applies. */
export async function applyCooperativeFilter(req: FilterRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const filter = req.cooperativeFilter
  if (!filter) return next()
  let ids = filter.cooperative_id
  if (!ids && filter.cooperative) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { handle: filter.cooperative } })
    // An unknown handle must match nothing, not everything.
    ids = data.length ? data.map((cooperative) => cooperative.id) : ["coop_unknown"]
  }
  req.filterableFields.cooperative_id = ids
  return maybeApplyLinkFilter({
    entryPoint: "cooperative_product",
    resourceId: "product_id",
    filterableField: "cooperative_id",
  })(req, res, next)
}
