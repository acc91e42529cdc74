import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storeOrderEarningsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/orders/:id/cooperative-earnings",
    methods: ["GET"],
    // Signed in or not: a registered customer's order is answered only to that customer (see mayReadOrder).
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
]
