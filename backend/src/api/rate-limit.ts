import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"

/**
 * Fixed-window request limits per client address (and per email on logins), counted in Redis when
 * REDIS_URL is set (shared by every server process), in this process's memory otherwise.
 * TELAR_RATE_LIMIT_FACTOR multiplies every limit (0 turns them off), e.g. for load tests.
 */
export type RateLimit = { name: string; max: number; windowSeconds: number; key: (req: MedusaRequest) => string | null }

type Counter = (key: string, windowSeconds: number) => Promise<{ count: number; resetInSeconds: number }>

const memory = new Map<string, { count: number; resetAt: number }>()
let sweep = Date.now()
const memoryCounter: Counter = async (key, windowSeconds) => {
  const now = Date.now()
  if (now - sweep > 60_000) {
    for (const [name, entry] of memory) if (entry.resetAt <= now) memory.delete(name)
    sweep = now
  }
  let entry = memory.get(key)
  if (!entry || entry.resetAt <= now) {
    entry = { count: 0, resetAt: now + windowSeconds * 1000 }
    memory.set(key, entry)
  }
  entry.count++
  return { count: entry.count, resetInSeconds: Math.ceil((entry.resetAt - now) / 1000) }
}

let redis: Redis | null = null
const redisCounter: Counter = async (key, windowSeconds) => {
  redis ??= new Redis(process.env.REDIS_URL as string, { maxRetriesPerRequest: 2 })
  const [[, count], [, ttl]] = (await redis.multi().incr(key).ttl(key).exec()) as [unknown, number][]
  // A new window (or a key that lost its expiry) gets one; works on every Redis version.
  if (Number(ttl) < 0) await redis.expire(key, windowSeconds)
  return { count: Number(count), resetInSeconds: Number(ttl) > 0 ? Number(ttl) : windowSeconds }
}

const counter = (): Counter => (process.env.REDIS_URL ? redisCounter : memoryCounter)
const factor = () => {
  const value = Number(process.env.TELAR_RATE_LIMIT_FACTOR ?? 1)
  return Number.isFinite(value) && value >= 0 ? value : 1
}

export const clientAddress = (req: MedusaRequest) => req.ip ?? req.socket.remoteAddress ?? "unknown"

/** Answers 429 with Retry-After once a client went over any of `limits`. */
export function rateLimit(...limits: RateLimit[]) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const scale = factor()
    if (scale === 0) return next()
    try {
      for (const limit of limits) {
        const key = limit.key(req)
        if (key === null) continue
        const { count, resetInSeconds } = await counter()(`telar:rl:${limit.name}:${key}`, limit.windowSeconds)
        if (count > Math.max(1, Math.round(limit.max * scale))) {
          res.setHeader("Retry-After", String(resetInSeconds))
          return res.status(429).json({
            type: "too_many_requests",
            message: `Too many attempts. Please wait ${resetInSeconds} seconds and try again.`,
          })
        }
      }
    } catch {
      // A counter that is down must not take the shop down with it.
    }
    next()
  }
}

const emailOf = (req: MedusaRequest) => {
  const email = (req.body as { email?: unknown; identifier?: unknown } | undefined)?.email ?? (req.body as any)?.identifier
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 200) : null
}

/** The limits Telar applies; README lists them. */
export const LIMITS = {
  loginPerAddress: { name: "login-ip", max: 30, windowSeconds: 15 * 60, key: clientAddress },
  loginPerEmail: { name: "login-email", max: 10, windowSeconds: 15 * 60, key: emailOf },
  cartCreation: { name: "cart-create", max: 30, windowSeconds: 60, key: clientAddress },
  cartCompletion: { name: "cart-complete", max: 20, windowSeconds: 60, key: clientAddress },
  search: { name: "search", max: 240, windowSeconds: 60, key: clientAddress },
} satisfies Record<string, RateLimit>
