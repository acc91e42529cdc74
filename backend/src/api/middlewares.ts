import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { coordinatorMiddlewares } from "./coordinator/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { requestHygiene } from "./request-hygiene"
import { storeMiddlewares } from "./store/middlewares"

/** In front of every other middleware of these namespaces: input PostgreSQL would choke on is a 400. */
const requestHygieneMiddlewares = ["/store*", "/admin*", "/auth*", "/coordinator*"].map((matcher) => ({
  matcher,
  middlewares: [requestHygiene],
}))

export default defineMiddlewares({
  routes: [
    ...requestHygieneMiddlewares,
    ...storeMiddlewares,
    ...adminMiddlewares,
    ...authMiddlewares,
    ...coordinatorMiddlewares,
    ...hooksMiddlewares,
  ],
})
