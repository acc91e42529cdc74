import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertVariantsOnSale, closedCooperativeProductIds } from "../../../lib/cooperative/visibility"

type Filters = Record<string, unknown>

/** Narrows `filters[key]` (an id, a list of ids or nothing yet) so that none of `hidden` can match. */
function excludeIds(filters: Filters, key: string, hidden: Set<string>) {
  const current = filters[key]
  if (current === undefined) {
    filters[key] = { $nin: [...hidden] }
  } else if (typeof current === "string" || Array.isArray(current)) {
    // An empty list matches nothing, which is right when every id asked for is hidden.
    filters[key] = [current].flat().filter((id) => !hidden.has(id as string))
  } else {
    filters.$and = [...((filters.$and as unknown[]) ?? []), { [key]: { $nin: [...hidden] } }]
  }
}

/**
 * After Medusa's own filters on GET /store/products (and /store/product-variants): the pieces of
 * draft and archived cooperatives are left out, by id, whatever else the request filters on.
 */
export function hideClosedCooperativePieces(key: "id" | "product_id") {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const hidden = await closedCooperativeProductIds(req.scope)
    if (hidden.size) excludeIds(req.filterableFields as Filters, key, hidden)
    next()
  }
}

/** GET /store/products/:id of a piece whose cooperative is not published: the same 404 as an unknown product. */
export async function hideClosedCooperativePiece(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await closedCooperativeProductIds(req.scope)
  if (hidden.has(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  next()
}

type CartBody = { variant_id?: unknown; items?: unknown }

/** Adding a piece of a draft or archived cooperative to a cart (a new cart's items, or one more line) is refused. */
export async function refuseClosedCooperativeVariants(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.validatedBody ?? req.body ?? {}) as CartBody
  const items = Array.isArray(body.items) ? (body.items as ({ variant_id?: unknown } | null)[]) : []
  const variantIds = [body.variant_id, ...items.map((item) => item?.variant_id)].filter((id): id is string => typeof id === "string")
  await assertVariantsOnSale(req.scope, variantIds)
  next()
}
