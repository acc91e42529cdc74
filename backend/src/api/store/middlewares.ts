import { allowFields, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeResponseCache } from "../../lib/http-cache/store-response-cache"
import { LIMITS, rateLimit } from "../rate-limit"
import { wholeQuantity } from "../request-hygiene"
import { completeCartOrRelease } from "./carts/complete-cart"
import { LINE_ITEM_OPTION_FIELDS, translateLineItemOptions } from "./line-item-options"
import { StoreSetShippingPlan } from "./carts/validators"
import { validateCatalogQuery } from "./catalog/validate-query"
import { StoreExchangeRateQuery } from "./exchange-rate/validators"
import { applyCooperativeFilter, extractCooperativeFilter } from "./products/cooperative-filter"
import { hideClosedCooperativePiece, hideClosedCooperativePieces, refuseClosedCooperativeVariants } from "./products/cooperative-visibility"
import { storeOrderEarningsMiddlewares } from "./orders/[id]/cooperative-earnings/middlewares"
import { storeOrderReturnMiddlewares } from "./orders/[id]/returns/middlewares"
import { STORE_PRODUCT_COOPERATIVE_FIELDS } from "./products/query-config"
import { scrubPrivateFields } from "./scrub-private-fields"

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store*", middlewares: [scrubPrivateFields] },
  // Before the routes' own middlewares (no methods: Medusa runs these first), so a hit skips them all.
  { matcher: "/store*", middlewares: [storeResponseCache] },
  { matcher: "/store/carts", methods: ["POST"], middlewares: [rateLimit(LIMITS.cartCreation)] },
  { matcher: "/store/carts*", middlewares: [allowFields(...LINE_ITEM_OPTION_FIELDS), translateLineItemOptions] },
  { matcher: "/store/orders*", middlewares: [allowFields(...LINE_ITEM_OPTION_FIELDS), translateLineItemOptions] },
  { matcher: "/store/catalog", methods: ["GET"], middlewares: [rateLimit(LIMITS.search), validateCatalogQuery] },
  { matcher: "/store/exchange-rate", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreExchangeRateQuery, {})] },
  { matcher: "/store/carts", methods: ["POST"], middlewares: [refuseClosedCooperativeVariants] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [wholeQuantity(1), refuseClosedCooperativeVariants] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [wholeQuantity(0)] },
  { matcher: "/store/products*", middlewares: [extractCooperativeFilter, allowFields(...STORE_PRODUCT_COOPERATIVE_FIELDS)] },
  // These run after Medusa's own middlewares of the same routes, on the filters they built.
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilter, hideClosedCooperativePieces("id")] },
  { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideClosedCooperativePiece] },
  { matcher: "/store/product-variants", methods: ["GET"], middlewares: [hideClosedCooperativePieces("product_id")] },
  { matcher: "/store/product-variants/:id", methods: ["GET"], middlewares: [hideClosedCooperativePieces("product_id")] },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [rateLimit(LIMITS.cartCompletion), completeCartOrRelease] },
  { matcher: "/store/carts/:id/shipping-plan", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetShippingPlan)] },
  ...storeOrderEarningsMiddlewares,
  ...storeOrderReturnMiddlewares,
]
