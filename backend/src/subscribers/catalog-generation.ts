import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_EVENTS } from "../lib/catalog/catalog-events"
import { watchCatalogEvents, watchesCatalogEvents } from "../lib/http-cache/catalog-changes"
import { bumpCatalogGenerations } from "../lib/http-cache/generation"

/**
 * A new catalog generation after every change shoppers could see, so no cached store answer outlives
 * it. The emitting process already bumped it when the event left (catalog-changes.ts); this catches
 * events of processes that never served a store read, e.g. a worker's scheduled jobs.
 */
export default async function bumpCatalogGeneration({ event, container }: SubscriberArgs<unknown>) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  // Without Redis there is one process: once its interceptor is in place it has bumped for this very
  // event already (Medusa's local bus calls interceptors on every emit), and a second bump would only
  // make the catalog index rebuild twice. (Installed after this event left, it missed it, but then
  // nothing cached since was read before the change: events leave after their transaction commits.)
  if (process.env.REDIS_URL || !watchesCatalogEvents(eventBus)) bumpCatalogGenerations(event.name)
  watchCatalogEvents(eventBus)
}

export const config: SubscriberConfig = {
  event: [...CATALOG_EVENTS],
  context: { subscriberId: "telar-catalog-generation" },
}
