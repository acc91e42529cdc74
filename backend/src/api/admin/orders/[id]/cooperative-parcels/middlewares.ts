import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminPickListQuery, AdminShipCooperativeParcel, adminPickListQueryConfig } from "./validators"

export const adminCooperativeParcelMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/cooperative-parcels/:cooperative_id/ship",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShipCooperativeParcel)],
  },
  {
    matcher: "/admin/orders/:id/cooperative-parcels/pick-list",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPickListQuery, adminPickListQueryConfig)],
  },
]
