import type { MiddlewareRoute } from "@medusajs/framework/http"
import { LIMITS, rateLimit } from "../rate-limit"

const loginLimit = rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail)

/** Logins and password resets of every actor (staff, shoppers, later coordinators). */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [loginLimit] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [loginLimit] },
]
