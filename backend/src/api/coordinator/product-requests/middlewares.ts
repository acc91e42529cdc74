import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ProductRequestListQuery, productRequestListConfig } from "../../../lib/product-request/list-query"
import { PHOTO_RULES } from "../../../lib/product-request/photos"
import { validateBodyInCoordinatorLanguage } from "./helpers"
import { CoordinatorResubmitProductRequest, CoordinatorSubmitProductRequest, CoordinatorUploadProductRequestPhoto } from "./validators"

/** base64 is 4/3 of the bytes: room for the largest photo accepted, so that the route (not the parser) says it is too heavy. */
const PHOTO_BODY_LIMIT = Math.ceil((PHOTO_RULES.maxBytes * 4) / 3) * 2

export const coordinatorProductRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator/product-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ProductRequestListQuery, productRequestListConfig)],
  },
  {
    matcher: "/coordinator/product-requests",
    methods: ["POST"],
    middlewares: [validateBodyInCoordinatorLanguage(CoordinatorSubmitProductRequest)],
  },
  {
    matcher: "/coordinator/product-requests/photos",
    methods: ["POST"],
    bodyParser: { sizeLimit: PHOTO_BODY_LIMIT },
    middlewares: [validateBodyInCoordinatorLanguage(CoordinatorUploadProductRequestPhoto)],
  },
  {
    matcher: "/coordinator/product-requests/:id/resubmit",
    methods: ["POST"],
    middlewares: [validateBodyInCoordinatorLanguage(CoordinatorResubmitProductRequest)],
  },
]
