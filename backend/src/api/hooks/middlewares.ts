import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./verify-stripe-signature"

export const hooksMiddlewares: MiddlewareRoute[] = [
  { matcher: "/hooks/payment/:provider", methods: ["POST"], middlewares: [verifyStripeSignature] },
]
