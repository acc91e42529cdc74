/**
 * Emulator control endpoints (no API key needed):
 *   GET  /_emulator/health                  liveness
 *   GET  /_emulator/webhook_deliveries      delivery log (?event_id= &event_type= &status=)
 *   POST /_emulator/webhooks/flush          waits for pending deliveries (incl. retries)
 *   POST /_emulator/webhook                 configure endpoint: url=...&secret=...
 *   POST /_emulator/events/:id/resend       re-sends an event (replay testing); waits for the first attempt
 *   POST /_emulator/reset                   clears all state and the delivery log
 *   GET  /_emulator/state                   dump of all stored objects
 */
import type { Router } from "./router"
import { invalidRequest } from "./errors"
import { getString } from "./form"

export function registerEmulatorRoutes(router: Router): void {
  router.get(
    "/_emulator/health",
    (_req, app) => ({ ok: true, api_version: app.config.apiVersion, webhook_url: app.webhooks.url ?? null }),
    "none"
  )

  router.get(
    "/_emulator/webhook_deliveries",
    (req, app) => {
      const eventId = getString(req.query, "event_id")
      const type = getString(req.query, "event_type") ?? getString(req.query, "type")
      const status = getString(req.query, "status")
      const data = app.webhooks.deliveries.filter(
        (d) => (!eventId || d.event_id === eventId) && (!type || d.event_type === type) && (!status || d.status === status)
      )
      return { object: "list", data, has_more: false, url: "/_emulator/webhook_deliveries" }
    },
    "none"
  )

  router.post(
    "/_emulator/webhooks/flush",
    async (_req, app) => {
      await app.webhooks.flush()
      return { ok: true, deliveries: app.webhooks.deliveries.length }
    },
    "none"
  )

  router.post(
    "/_emulator/webhook",
    (req, app) => {
      const url = getString(req.body, "url")
      if (url && !/^https?:\/\/[^\s]+$/.test(url)) throw invalidRequest(`Invalid webhook url: ${url}`, { param: "url" })
      app.webhooks.configure(url, getString(req.body, "secret"))
      return { ok: true, webhook_url: app.webhooks.url ?? null }
    },
    "none"
  )

  router.post(
    "/_emulator/events/:id/resend",
    async (req, app) => {
      const event = app.store.require("events", req.params.id)
      const queued = app.webhooks.enqueue(event, true)
      if (!queued) throw invalidRequest("No webhook endpoint is configured (set STRIPE_WEBHOOK_URL or call setWebhook()).")
      await queued.firstAttempt
      return queued.delivery
    },
    "none"
  )

  router.post(
    "/_emulator/reset",
    (_req, app) => {
      app.store.reset()
      app.webhooks.clear()
      return { ok: true }
    },
    "none"
  )

  router.get(
    "/_emulator/state",
    (_req, app) => ({
      payment_intents: Object.values(app.store.paymentIntents),
      charges: Object.values(app.store.charges),
      refunds: Object.values(app.store.refunds),
      customers: Object.values(app.store.customers),
      payment_methods: Object.values(app.store.paymentMethods),
      setup_intents: Object.values(app.store.setupIntents),
      transfers: Object.values(app.store.transfers),
      events: app.store.sorted(app.store.events),
    }),
    "none"
  )
}
