import type { MiddlewareRoute } from "@medusajs/framework/http"
import { itemBatch, levelsBatch, oneLevel, recordStockChanges } from "./record-stock-changes"

/**
 * Medusa's own inventory-level routes, watched for changes at a cooperative's stock location. The
 * single level's DELETE is not: Medusa removes only a level holding no stock, which changes no count.
 */
export const adminInventoryItemMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/inventory-items/location-levels/batch", methods: ["POST"], middlewares: [recordStockChanges(levelsBatch)] },
  { matcher: "/admin/inventory-items/:id/location-levels/batch", methods: ["POST"], middlewares: [recordStockChanges(itemBatch)] },
  { matcher: "/admin/inventory-items/:id/location-levels/:location_id", methods: ["POST"], middlewares: [recordStockChanges(oneLevel)] },
]
