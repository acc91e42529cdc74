import {
  allowFields,
  defineMiddlewares,
  maybeApplyLinkFilter,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { adminCooperativeQueryConfig } from "./admin/cooperatives/query-config"
import {
  AdminCreateArtisan,
  AdminCreateCooperative,
  AdminCreateExchangeRate,
  AdminLinkCooperativeProducts,
  AdminSetProducerPrices,
  AdminSetProductArtisans,
  AdminUpdateArtisan,
  AdminUpdateCooperative,
} from "./admin/cooperatives/validators"
import { STORE_ARTISAN_FIELDS, STORE_COOPERATIVE_FIELDS } from "./store/cooperatives/query-config"
import { scrubPrivateFields } from "./store/scrub-private-fields"
import { verifyStripeSignature } from "./hooks/verify-stripe-signature"
import { StoreSetShippingPlan } from "./store/carts/validators"
import { completeCartOrRelease } from "./store/carts/complete-cart"
import { requestHygiene, wholeQuantity } from "./request-hygiene"
import { LIMITS, rateLimit } from "./rate-limit"
import { adminPaymentDecisionQueryConfig } from "./admin/payment-decisions/query-config"
import { AdminListPaymentDecisions } from "./admin/payment-decisions/validators"

type CooperativeFilter = { cooperative_id?: string | string[]; cooperative?: string | string[] }
type FilterRequest = MedusaRequest & { cooperativeFilter?: CooperativeFilter }

const FILTER_VALUE = /^[a-z0-9_-]{1,120}$/i

/**
 * Runs before Medusa's strict query validation: lifts our own filters out of the query. Only
 * plain ids or handles pass: an operator object (`cooperative[$ne]=x`) or an empty value is a 400,
 * never a filter that matches everything.
 */
function extractCooperativeFilter(req: FilterRequest, res: MedusaResponse, next: MedusaNextFunction) {
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
async function applyCooperativeFilter(req: FilterRequest, res: MedusaResponse, next: MedusaNextFunction) {
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

const cooperativeProductFields = [
  "cooperative",
  ...STORE_COOPERATIVE_FIELDS.map((field) => `cooperative.${field}`),
  "artisans",
  ...STORE_ARTISAN_FIELDS.map((field) => `artisans.${field}`),
  "variants.producer_price",
  "variants.producer_price.amount",
  "variants.producer_price.currency_code",
]

const AdminListCooperatives = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  region: z.union([z.string(), z.array(z.string())]).optional(),
})

export default defineMiddlewares({
  routes: [
    { matcher: "/store*", middlewares: [requestHygiene, scrubPrivateFields] },
    { matcher: "/admin*", middlewares: [requestHygiene] },
    { matcher: "/auth*", middlewares: [requestHygiene] },
    // Logins and password resets of every actor (staff, shoppers, later coordinators).
    { matcher: "/auth/:actor_type/:auth_provider", method: "POST", middlewares: [rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail)] },
    {
      matcher: "/auth/:actor_type/:auth_provider/reset-password",
      method: "POST",
      middlewares: [rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail)],
    },
    { matcher: "/store/carts", method: "POST", middlewares: [rateLimit(LIMITS.cartCreation)] },
    { matcher: "/store/catalog", method: "GET", middlewares: [rateLimit(LIMITS.search)] },
    { matcher: "/store/carts/:id/line-items", method: "POST", middlewares: [wholeQuantity(1)] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: "POST", middlewares: [wholeQuantity(0)] },
    { matcher: "/hooks/payment/:provider", method: "POST", middlewares: [verifyStripeSignature] },
    {
      matcher: "/store/products*",
      middlewares: [extractCooperativeFilter, allowFields(...cooperativeProductFields)],
    },
    { matcher: "/store/products", method: "GET", middlewares: [applyCooperativeFilter] },
    {
      matcher: "/admin/cooperatives",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminListCooperatives, adminCooperativeQueryConfig.list)],
    },
    { matcher: "/admin/cooperatives", method: "POST", middlewares: [validateAndTransformBody(AdminCreateCooperative)] },
    { matcher: "/admin/cooperatives/:id", method: "POST", middlewares: [validateAndTransformBody(AdminUpdateCooperative)] },
    { matcher: "/admin/cooperatives/:id/artisans", method: "POST", middlewares: [validateAndTransformBody(AdminCreateArtisan)] },
    {
      matcher: "/admin/cooperatives/:id/artisans/:artisan_id",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminUpdateArtisan)],
    },
    {
      matcher: "/admin/cooperatives/:id/products",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminLinkCooperativeProducts)],
    },
    {
      matcher: "/admin/cooperatives/:id/producer-prices",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminSetProducerPrices)],
    },
    { matcher: "/admin/products/:id/artisans", method: "POST", middlewares: [validateAndTransformBody(AdminSetProductArtisans)] },
    { matcher: "/store/carts/:id/complete", method: "POST", middlewares: [rateLimit(LIMITS.cartCompletion), completeCartOrRelease] },
    {
      matcher: "/admin/payment-decisions",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminListPaymentDecisions, adminPaymentDecisionQueryConfig.list)],
    },
    { matcher: "/store/carts/:id/shipping-plan", method: "POST", middlewares: [validateAndTransformBody(StoreSetShippingPlan)] },
    { matcher: "/admin/exchange-rates", method: "POST", middlewares: [validateAndTransformBody(AdminCreateExchangeRate)] },
  ],
})
