import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_EVENTS } from "../lib/catalog/catalog-events"
import { watchCatalogEvents } from "../lib/http-cache/catalog-changes"
import { bumpCatalogGenerations } from "../lib/http-cache/generation"

/**
 * A new catalog generation after every change shoppers could see, so no cached store answer outlives
 * it. The emitting process already bumped it when the event left (catalog-changes.ts); this catches
 * events of processes that never served a store read, e.g. a worker's scheduled jobs.
 */
export default async function bumpCatalogGeneration({ event, container }: SubscriberArgs<unknown>) {
  bumpCatalogGenerations(event.name)
  watchCatalogEvents(container.resolve(Modules.EVENT_BUS))
}

export const config: SubscriberConfig = {
  event: [...CATALOG_EVENTS],
  context: { subscriberId: "telar-catalog-generation" },
}
