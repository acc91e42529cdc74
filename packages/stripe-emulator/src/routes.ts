/** Assembles every route of the emulator. */
import { jsReply, Router } from "./router"
import { publicBase } from "./types"
import { registerPaymentIntentRoutes } from "./payment-intents"
import { registerPaymentMethodRoutes } from "./payment-methods"
import { registerCustomerRoutes } from "./customers"
import { registerSetupIntentRoutes } from "./setup-intents"
import { registerRefundRoutes } from "./refunds"
import { registerChargeRoutes } from "./charges"
import { registerTransferRoutes } from "./transfers"
import { registerEventRoutes } from "./events"
import { registerThreeDSRoutes } from "./three-ds"
import { registerEmulatorRoutes } from "./emulator-routes"
import { browserScript } from "./browser-js"

export function buildRouter(): Router {
  const router = new Router()
  registerPaymentIntentRoutes(router)
  registerPaymentMethodRoutes(router)
  registerCustomerRoutes(router)
  registerSetupIntentRoutes(router)
  registerRefundRoutes(router)
  registerChargeRoutes(router)
  registerTransferRoutes(router)
  registerEventRoutes(router)
  registerThreeDSRoutes(router)
  registerEmulatorRoutes(router)
  router.get("/v3", (req, app) => jsReply(browserScript(publicBase(app, req))), "none")
  router.get(
    "/",
    (_req, app) => ({
      name: "@telar/stripe-emulator",
      livemode: false,
      api_version: app.config.apiVersion,
      stripe_js: `${app.config.publicUrl}/v3`,
      docs: 'Point the stripe SDK at this server: new Stripe(key, { host, port, protocol: "http" })',
    }),
    "none"
  )
  return router
}
