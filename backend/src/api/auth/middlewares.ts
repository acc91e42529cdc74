import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { LIMITS, type RateLimit, rateLimit } from "../rate-limit"

const loginLimit = rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail)

/** The address a reset is asked for (Medusa's body field is `identifier`). */
const resetIdentifier = (req: MedusaRequest) => {
  const identifier = (req.body as { identifier?: unknown } | undefined)?.identifier
  return typeof identifier === "string" ? identifier.trim().toLowerCase().slice(0, 200) : null
}

/** Each reset request for a real login sends a mail: few per address, so nobody can flood an inbox. */
const resetMailsPerEmail: RateLimit = { name: "reset-email", max: 5, windowSeconds: 60 * 60, key: resetIdentifier }

/** Coordinators are invited by staff; nobody makes themselves one. */
function refuseCoordinatorRegistration(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(403).json({
    type: "not_allowed",
    message: "Coordinator accounts are created by invitation only: use the link in your invitation mail, or ask the Telar team for one.",
  })
}

/**
 * Logins and password resets of every actor (staff, shoppers, coordinators). Only coordinator
 * registration is refused: their reset-password and update (new password with the mailed token)
 * routes are Medusa's own, as for every actor.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/coordinator/:auth_provider/register", methods: ["POST"], middlewares: [refuseCoordinatorRegistration] },
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [loginLimit] },
  {
    matcher: "/auth/:actor_type/:auth_provider/reset-password",
    methods: ["POST"],
    middlewares: [rateLimit(LIMITS.loginPerAddress, LIMITS.loginPerEmail, resetMailsPerEmail)],
  },
]
