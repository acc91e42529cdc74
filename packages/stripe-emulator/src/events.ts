/** Event creation (stored + handed to the webhook dispatcher) and `/v1/events` routes. */
import type { ApiRequest, EmulatorConfig, EventRecord } from "./types"
import { requestInfo } from "./types"
import type { Store } from "./store"
import type { WebhookDispatcher } from "./webhooks"
import type { Router } from "./router"
import { getString, getStringArray } from "./form"
import { paginate } from "./list"
import { clone, newId, nowSeconds } from "./util"

export class EventBus {
  constructor(
    private readonly store: Store,
    private readonly webhooks: WebhookDispatcher,
    private readonly config: EmulatorConfig
  ) {}

  /** Records an event with a snapshot of `object` and queues its webhook delivery. */
  emit(type: string, object: { id: string; object: string }, req: ApiRequest | null): EventRecord {
    const event: EventRecord = {
      id: newId("evt"),
      object: "event",
      api_version: this.config.apiVersion,
      created: nowSeconds(),
      data: { object: clone(object) as EventRecord["data"]["object"] },
      livemode: false,
      pending_webhooks: this.webhooks.enabled ? 1 : 0,
      request: requestInfo(req),
      type,
    }
    this.store.events[event.id] = event
    this.store.track(event.id)
    this.webhooks.enqueue(event)
    return event
  }
}

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith(".*") ? type.startsWith(pattern.slice(0, -1)) : pattern === type
}

export function registerEventRoutes(router: Router): void {
  router.get("/v1/events/:id", (req, app) => app.store.require("events", req.params.id))

  router.get("/v1/events", (req, app) => {
    const type = getString(req.query, "type")
    const types = getStringArray(req.query, "types")
    const items = app.store
      .sorted(app.store.events)
      .filter((e) => (!type || typeMatches(type, e.type)) && (!types || types.some((t) => typeMatches(t, e.type))))
    return paginate(items, req.query, "/v1/events")
  })
}
