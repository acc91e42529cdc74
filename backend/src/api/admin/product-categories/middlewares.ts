import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductEvents } from "@medusajs/framework/utils"

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [])

/**
 * Medusa's "add or remove a category's products" emits no event, so neither its query cache, the
 * store's response cache nor the storefront's pages would learn of it: once it succeeds, each
 * product it moved is announced as updated.
 */
function announceMovedProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { add?: unknown; remove?: unknown }
  const moved = [...new Set([...ids(body.add), ...ids(body.remove)])]
  if (moved.length) {
    // Announced before the answer leaves, so the staff's next read already sees the change.
    const send = res.json.bind(res)
    res.json = ((answer: unknown) => {
      if (res.statusCode < 200 || res.statusCode >= 300) return send(answer)
      req.scope
        .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        .emit(moved.map((id) => ({ name: ProductEvents.PRODUCT_UPDATED, data: { id } })))
        .catch((error: Error) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Category change not announced: ${error.message}`)
        )
        .finally(() => send(answer))
      return res
    }) as typeof res.json
  }
  next()
}

export const adminProductCategoryMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/product-categories/:id/products", methods: ["POST"], middlewares: [announceMovedProducts] },
]
