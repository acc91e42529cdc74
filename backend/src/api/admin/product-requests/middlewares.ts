import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { productRequestListConfig } from "../../../lib/product-request/list-query"
import { AdminApproveProductRequest, AdminProductRequestListQuery, AdminReturnProductRequest } from "./validators"

export const adminProductRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/product-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminProductRequestListQuery, productRequestListConfig)],
  },
  {
    matcher: "/admin/product-requests/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApproveProductRequest)],
  },
  { matcher: "/admin/product-requests/:id/return", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReturnProductRequest)] },
]
