import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  atCooperativeLocations,
  type LevelKey,
  levelKeysOf,
  readLevels,
  recordStaffStockChanges,
  staffStockChanges,
} from "../../../lib/coordinator/staff-stock-changes"
import { STOCK_LOCK_TIMEOUT_SECONDS, stockLockKey } from "../../../lib/coordinator/stock-changes"

type LevelTargets = (req: AuthenticatedMedusaRequest) => Promise<LevelKey[]>

/** Set on a request once watched: …/location-levels/batch also fits …/location-levels/:location_id. */
const WATCHED = Symbol("telar.stockChangesWatched")

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null)
const body = (req: AuthenticatedMedusaRequest) => (req.validatedBody ?? req.body ?? {}) as Record<string, unknown>

/** The levels a batch updates or deletes (creations set a level up; they change no count a coordinator saw). */
async function batchLevels(req: AuthenticatedMedusaRequest, inventoryItemId?: string): Promise<LevelKey[]> {
  const updates = list(body(req).update).flatMap((update) => {
    const fields = (update ?? {}) as Record<string, unknown>
    const inventory_item_id = inventoryItemId ?? text(fields.inventory_item_id)
    const location_id = text(fields.location_id)
    return inventory_item_id && location_id ? [{ inventory_item_id, location_id }] : []
  })
  const deleted = await levelKeysOf(
    req.scope,
    list(body(req).delete).flatMap((id) => (text(id) ? [id as string] : []))
  )
  return [...updates, ...deleted]
}

/** POST /admin/inventory-items/:id/location-levels/:location_id */
export const oneLevel: LevelTargets = async (req) =>
  req.params.location_id === "batch" ? [] : [{ inventory_item_id: req.params.id, location_id: req.params.location_id }]
/** POST /admin/inventory-items/:id/location-levels/batch */
export const itemBatch: LevelTargets = (req) => batchLevels(req, req.params.id)
/** POST /admin/inventory-items/location-levels/batch */
export const levelsBatch: LevelTargets = (req) => batchLevels(req)

/**
 * Around a Medusa admin route that changes inventory levels: when a level at a cooperative's stock
 * location moves, the change is recorded (source admin, the staff user, old and new count) before
 * the answer leaves, so whoever reads the cooperative's stock changes next sees it. The items stay
 * locked (the lock the checkout and the portal take) from the first read to the record, so the old
 * count is the one the change replaced. A refused or failed change records nothing.
 */
export function recordStockChanges(targets: LevelTargets) {
  return async function recordStaffStockChangesMiddleware(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const request = req as AuthenticatedMedusaRequest & { [WATCHED]?: boolean }
    if (request[WATCHED]) return next()
    request[WATCHED] = true
    const watched = await atCooperativeLocations(req.scope, await targets(req))
    if (!watched.length) return next()
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const actorId = req.auth_context?.actor_id ?? "unknown"
    const keys = [...new Set(watched.map((level) => stockLockKey(level.inventory_item_id)))].sort()

    await req.scope.resolve(Modules.LOCKING).execute(
      keys,
      async () => {
        const before = await readLevels(req.scope, watched)
        await new Promise<void>((done) => {
          const send = res.json.bind(res)
          res.json = ((answer?: unknown) => {
            res.json = send
            void (async () => {
              if (res.statusCode < 400) {
                try {
                  const after = await readLevels(req.scope, watched)
                  await recordStaffStockChanges(req.scope, await staffStockChanges(req.scope, actorId, watched, before, after))
                } catch (error) {
                  // The stock did change: staff get their answer, and the log says what is missing from the record.
                  logger.error(`Telar: a staff stock change at a cooperative's location was not recorded: ${(error as Error).message}`)
                }
              }
              send(answer)
              done()
            })()
            return res
          }) as typeof res.json
          // Whatever ends the request (a dropped connection included) lets the items go.
          res.once("close", () => done())
          next()
        })
      },
      { timeout: STOCK_LOCK_TIMEOUT_SECONDS }
    )
  }
}
