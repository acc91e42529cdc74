import type { IEventBusModuleService } from "@medusajs/framework/types"
import { changesCatalog } from "../catalog/catalog-events"
import { bumpCatalogGenerations } from "./generation"

const watched = new WeakSet<IEventBusModuleService>()

/**
 * Bumps the catalog generation the moment this process emits a catalog event, before the event
 * bus hands it to any subscriber (with Redis, subscribers run later from a queue).
 */
export function watchCatalogEvents(eventBus: IEventBusModuleService) {
  if (watched.has(eventBus)) return
  watched.add(eventBus)
  eventBus.addInterceptor?.((message) => {
    if (changesCatalog(message.name)) bumpCatalogGenerations(message.name)
  })
}

/** Whether this process's interceptor already sees every event this event bus emits. */
export const watchesCatalogEvents = (eventBus: IEventBusModuleService) => watched.has(eventBus)
