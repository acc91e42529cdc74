import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreRequestReturn } from "./validators"

/** Only a signed-in customer asks for returns, and only of their own orders (lib/returns/return-order.ts). */
export const storeOrderReturnMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/orders/:id/returns",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/orders/:id/returns",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreRequestReturn)],
  },
]
