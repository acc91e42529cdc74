import Redis from "ioredis"
import { changesOnlyStock } from "../catalog/catalog-events"

/** A counter every server process reads and bumps: Redis' INCR and GET. */
export type SharedCounter = { read(): Promise<number>; increment(): Promise<unknown> }

const REDIS_KEY = "telar:catalog-generation"
const SHAPE_REDIS_KEY = "telar:catalog-shape-generation"

/** Medusa's Redis query cache is cleared over the network after the event: once that has surely landed, bump again. */
export const SETTLE_MS = 1000

export function redisCounter(url: string, key = REDIS_KEY): SharedCounter {
  // No offline queue: while Redis is away reads fail at once and the store answers uncached.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
  // Each failure already shows as a failed read or bump (handled below); without a listener ioredis logs every retry.
  redis.on("error", () => {})
  return {
    read: async () => Number((await redis.get(key)) ?? 0),
    increment: () => redis.incr(key),
  }
}

/**
 * The catalog's generation: a new one after every change to what the store shows, so a cached
 * answer of an older one is never served again. Without a shared counter it lives in this process;
 * with one (REDIS_URL) a change made through any process is seen by every other on its next read.
 */
export class CatalogGeneration {
  /** This process's own part: bumped at once on every change seen here and whenever the shared counter misbehaved. */
  private local = 0
  private lastShared = 0
  private settleTimer: NodeJS.Timeout | null = null
  /** A bump that could not reach the shared counter: sent again before this process reads it next. */
  private unsentBump = false

  constructor(private readonly shared: SharedCounter | null = null) {}

  /** The generation now, or null when it cannot be known (Redis unreachable): then nothing may be served from the cache. */
  async current(): Promise<string | null> {
    if (!this.shared) return String(this.local)
    try {
      if (this.unsentBump) {
        await this.shared.increment()
        this.unsentBump = false
      }
      const shared = await this.shared.read()
      // A counter that went back (Redis flushed or replaced) could meet numbers older answers were stored under.
      if (shared < this.lastShared) this.local++
      this.lastShared = shared
      return `${shared}.${this.local}`
    } catch {
      // Bumps made elsewhere while Redis was away may be lost: whatever was cached before is suspect.
      this.local++
      return null
    }
  }

  bump() {
    this.local++
    if (!this.shared) return
    this.sendBump()
    if (this.settleTimer) clearTimeout(this.settleTimer)
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null
      this.local++
      this.sendBump()
    }, SETTLE_MS)
    this.settleTimer.unref()
  }

  private sendBump() {
    this.shared?.increment().catch(() => {
      // This process moved on already; the others learn of it once Redis answers this process again.
      this.unsentBump = true
    })
  }
}

let generation: CatalogGeneration | null = null

/** This process's catalog generation, shared through Redis when REDIS_URL is set. */
export function catalogGeneration(): CatalogGeneration {
  generation ??= new CatalogGeneration(process.env.REDIS_URL ? redisCounter(process.env.REDIS_URL) : null)
  return generation
}

let shapeGeneration: CatalogGeneration | null = null

/**
 * The generation of everything the catalog shows but stock: bumped by every catalog event that is
 * not a stock event (changesOnlyStock), so the catalog index can refresh only its stock after a sale.
 */
export function catalogShapeGeneration(): CatalogGeneration {
  shapeGeneration ??= new CatalogGeneration(process.env.REDIS_URL ? redisCounter(process.env.REDIS_URL, SHAPE_REDIS_KEY) : null)
  return shapeGeneration
}

/** What one catalog event changes: always the catalog's generation, and its shape's unless only stock moved. */
export function bumpCatalogGenerations(eventName: string) {
  // The shape first: a reader that sees the new catalog generation then finds the new shape too
  // (in this process at once; in others once Redis has both, and again after SETTLE_MS regardless).
  if (!changesOnlyStock(eventName)) catalogShapeGeneration().bump()
  catalogGeneration().bump()
}
