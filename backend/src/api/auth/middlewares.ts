import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { LIMITS, rateLimit } from "../rate-limit"

const loginLimit = rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail)

/** Coordinators are invited by staff; nobody makes themselves one. */
function refuseCoordinatorRegistration(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(403).json({
    type: "not_allowed",
    message: "Coordinator accounts are created by invitation only: use the link in your invitation mail, or ask the Telar team for one.",
  })
}

/** Logins and password resets of every actor (staff, shoppers, coordinators). */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/coordinator/:auth_provider/register", methods: ["POST"], middlewares: [refuseCoordinatorRegistration] },
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [loginLimit] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [loginLimit] },
]
