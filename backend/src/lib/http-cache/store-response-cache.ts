import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { responseCacheKey } from "./cache-key"
import { watchCatalogEvents } from "./catalog-changes"
import { catalogGeneration } from "./generation"
import { LruCache } from "./lru"

/** HIT, MISS (answered by the route, then kept) or BYPASS (never cached: a signed-in shopper, a cart's prices, a search). */
export const CACHE_HEADER = "x-telar-cache"

/** The store reads every anonymous visitor gets alike: the catalog, products and cooperatives, listed or one by id/handle. */
const CACHED_PATH = /^\/store\/(catalog|products(\/[^/?]+)?|cooperatives(\/[^/?]+)?)$/

/** Set per answer, or by the server itself: never replayed from the cache. */
const UNCACHED_HEADERS = new Set([
  "content-length",
  "etag",
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  CACHE_HEADER,
])

const MAX_ENTRY_BYTES = 1024 * 1024

type CachedAnswer = { body: Buffer; headers: [string, NonNullable<ReturnType<MedusaResponse["getHeader"]>>][]; etag?: string }

const answers = new LruCache<CachedAnswer>({ maxEntries: 500, maxBytes: 8 * 1024 * 1024, ttlMs: 60_000 })
/** The generation `answers` were stored under; a newer one empties it, since nothing older may be served again. */
let answersGeneration: string | null = null

function answersOf(generation: string) {
  if (generation !== answersGeneration) {
    answers.clear()
    answersGeneration = generation
  }
  return answers
}

/** Answers never kept: not the same for every anonymous visitor, or not settled when the generation moves on. */
function bypassesCache(req: MedusaStoreRequest, path: string) {
  return Boolean(
    // A shopper's own prices (customer groups), or the prices of a cart's region and address.
    req.headers.authorization ||
      req.auth_context ||
      req.session?.auth_context ||
      req.query.cart_id !== undefined ||
      // The search index is written by a subscriber some time after the event that bumped the generation.
      (path === "/store/catalog" && req.query.q !== undefined)
  )
}

function replay(res: MedusaResponse, answer: CachedAnswer) {
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  if (answer.etag) res.setHeader("ETag", answer.etag)
  res.setHeader(CACHE_HEADER, "HIT")
  res.status(200).send(answer.body)
}

/** Records what the route sends; once sent, a 200 without cookies is handed to `keep`. */
function capture(res: MedusaResponse, keep: (answer: CachedAnswer) => void) {
  const before = res.getHeaders()
  const send = res.send
  let body: string | Buffer | undefined
  let status = 0
  res.send = function (this: MedusaResponse, chunk?: unknown) {
    // res.json serializes, then calls send with the text: that text is what the shopper gets.
    if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
      body = chunk
      status = this.statusCode
    }
    return send.call(this, chunk)
  } as MedusaResponse["send"]
  res.once("finish", () => {
    if (status !== 200 || body === undefined || res.getHeader("set-cookie") !== undefined) return
    const headers = Object.entries(res.getHeaders()).filter(
      (entry): entry is CachedAnswer["headers"][number] =>
        entry[1] !== undefined && !UNCACHED_HEADERS.has(entry[0]) && before[entry[0]] !== entry[1]
    )
    const etag = res.getHeader("etag")
    keep({ body: Buffer.isBuffer(body) ? body : Buffer.from(body), headers, etag: typeof etag === "string" ? etag : undefined })
  })
}

/**
 * In front of the store's catalog reads: an anonymous GET answered before for the same URL, key,
 * sales channels and locale in the current catalog generation is replayed byte for byte; any
 * catalog change starts a new generation (see catalog-changes.ts and the catalog-generation subscriber).
 */
export async function storeResponseCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const storeReq = req as MedusaStoreRequest
  const path = req.originalUrl.split("?", 1)[0]
  if (req.method !== "GET" || !CACHED_PATH.test(path) || process.env.TELAR_RESPONSE_CACHE === "off") return next()
  if (bypassesCache(storeReq, path) || !storeReq.publishable_key_context) {
    res.setHeader(CACHE_HEADER, "BYPASS")
    return next()
  }
  watchCatalogEvents(req.scope.resolve(Modules.EVENT_BUS))
  const generation = await catalogGeneration().current()
  if (generation === null) {
    res.setHeader(CACHE_HEADER, "BYPASS")
    return next()
  }
  const key = responseCacheKey({
    generation,
    method: req.method,
    url: req.originalUrl,
    publishableKey: storeReq.publishable_key_context.key,
    salesChannelIds: storeReq.publishable_key_context.sales_channel_ids,
    locale: req.locale,
  })
  const cached = answersOf(generation).get(key)
  if (cached) return replay(res, cached)

  res.setHeader(CACHE_HEADER, "MISS")
  capture(res, (answer) => {
    // Answered under a generation that has passed since: its data may predate the change.
    if (generation !== answersGeneration || answer.body.length > MAX_ENTRY_BYTES) return
    answers.set(key, answer, answer.body.length + key.length * 2 + 512)
  })
  next()
}
