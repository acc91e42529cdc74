import { allowFields, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { LIMITS, rateLimit } from "../rate-limit"
import { wholeQuantity } from "../request-hygiene"
import { completeCartOrRelease } from "./carts/complete-cart"
import { LINE_ITEM_OPTION_FIELDS, translateLineItemOptions } from "./line-item-options"
import { StoreSetShippingPlan } from "./carts/validators"
import { applyCooperativeFilter, extractCooperativeFilter } from "./products/cooperative-filter"
import { STORE_PRODUCT_COOPERATIVE_FIELDS } from "./products/query-config"
import { scrubPrivateFields } from "./scrub-private-fields"

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store*", middlewares: [scrubPrivateFields] },
  { matcher: "/store/carts", methods: ["POST"], middlewares: [rateLimit(LIMITS.cartCreation)] },
  { matcher: "/store/carts*", middlewares: [allowFields(...LINE_ITEM_OPTION_FIELDS), translateLineItemOptions] },
  { matcher: "/store/orders*", middlewares: [allowFields(...LINE_ITEM_OPTION_FIELDS), translateLineItemOptions] },
  { matcher: "/store/catalog", methods: ["GET"], middlewares: [rateLimit(LIMITS.search)] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [wholeQuantity(1)] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [wholeQuantity(0)] },
  { matcher: "/store/products*", middlewares: [extractCooperativeFilter, allowFields(...STORE_PRODUCT_COOPERATIVE_FIELDS)] },
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilter] },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [rateLimit(LIMITS.cartCompletion), completeCartOrRelease] },
  { matcher: "/store/carts/:id/shipping-plan", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetShippingPlan)] },
]
