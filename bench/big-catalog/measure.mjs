// Waits until the store shows (and its search index finds) every bench piece, then measures the
// catalog under load (autocannon) and one request at a time.
import autocannon from "autocannon"
import { query, sleep } from "./http.mjs"
import { lotOf, lotWord } from "./pieces.mjs"

const RATE_LIMIT_HINT = "the backend's rate limit answered 429: start it with TELAR_RATE_LIMIT_FACTOR=0 for load tests"
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** A GET on the store API that waits out a 429 (the catalog is rate limited per address) instead of failing. */
async function storeGet(store, path, log) {
  for (;;) {
    try {
      return await store.get(path)
    } catch (error) {
      if (error.status !== 429) throw error
      log(`  (${RATE_LIMIT_HINT}; waiting ${error.retryAfter || 5} s)`)
      await sleep((error.retryAfter || 5) * 1000)
    }
  }
}

/** How many bench pieces each search lot holds. */
export function lotCounts(pieces) {
  const counts = new Map()
  for (const piece of pieces) {
    if (Number.isFinite(piece.number)) counts.set(lotOf(piece.number), (counts.get(lotOf(piece.number)) ?? 0) + 1)
  }
  return counts
}

/**
 * Polls GET /store/catalog until its count reaches `browseCount` (the product graph, shown once the
 * caches let go) and a search for each lot's word counts every piece of that lot (the search index,
 * filled by the Search Module's subscriber from product and translation events). Prints how long each took.
 */
export async function waitForCatalog(store, { browseCount, lots, since, timeoutMs, log = console.log }) {
  const start = since ?? performance.now()
  const after = since ? "after seeding ended" : "of waiting"
  const pending = new Map(lots)
  let browsing = browseCount !== null
  let lastReport = 0
  let browseSeen = null
  const total = [...lots.values()].reduce((sum, count) => sum + count, 0)
  log(`Waiting for /store/catalog to count ${browseCount !== null ? `${browseCount} pieces and ` : ""}${total} bench pieces in search…`)
  for (;;) {
    if (browsing) {
      browseSeen = (await storeGet(store, `/store/catalog${query({ limit: 1 })}`, log)).count
      if (browseSeen >= browseCount) {
        browsing = false
        log(`  browse count ${browseSeen} reached ${seconds(performance.now() - start)} ${after}`)
      }
    }
    const found = new Map()
    for (const [lot, expected] of pending) {
      const { count } = await storeGet(store, `/store/catalog${query({ limit: 1, q: lotWord(lot) })}`, log)
      found.set(lot, count)
      if (count >= expected) pending.delete(lot)
    }
    if (!browsing && !pending.size) {
      log(`  search finds all ${total} bench pieces ${seconds(performance.now() - start)} ${after}`)
      return performance.now() - start
    }
    const elapsed = performance.now() - start
    const missing = [...pending].map(([lot, expected]) => `${lotWord(lot)} ${found.get(lot)}/${expected}`).join(", ")
    if (elapsed > timeoutMs) {
      throw new Error(
        `After ${seconds(elapsed)} the store still does not show every piece: ${browsing ? `browse count ${browseSeen}/${browseCount}; ` : ""}` +
          `search ${missing || "complete"}. Is the backend's worker running (events feed the search index)? ` +
          "Run again with --measure-only to wait more, or raise --wait-timeout."
      )
    }
    if (elapsed - lastReport > 10_000) {
      lastReport = elapsed
      log(`  ${seconds(elapsed)}: ${browsing ? `browse ${browseSeen}/${browseCount}; ` : ""}still indexing ${missing}`)
    }
    await sleep(2000)
  }
}

async function timedGet(url, headers) {
  const started = performance.now()
  const response = await fetch(url, { headers, redirect: "manual" }).catch((error) => {
    throw new Error(`GET ${url} failed: ${error.cause?.message ?? error.message}`)
  })
  const body = await response.text()
  return {
    ms: performance.now() - started,
    status: response.status,
    cache: response.headers.get("x-telar-cache") ?? response.headers.get("x-nextjs-cache"),
    body,
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One target: the first request (usually a cache miss), the median of `sequential` more, then autocannon. */
async function measureTarget(target, options) {
  try {
    return await measureOnce(target, options)
  } catch (error) {
    return { label: target.label, failed: error.message }
  }
}

async function measureOnce({ label, url, headers }, { connections, duration, sequential, churn }) {
  const first = await timedGet(url, headers)
  if (first.status !== 200) {
    return {
      label,
      failed: `GET ${url} → ${first.status}: ${first.body.slice(0, 500)}${first.status === 429 ? ` (${RATE_LIMIT_HINT})` : ""}`,
    }
  }
  const times = []
  let cache = null
  for (let index = 0; index < sequential; index++) {
    const answer = await timedGet(url, headers)
    if (answer.status !== 200) return { label, failed: `GET ${url} → ${answer.status} on sequential request ${index + 1}` }
    times.push(answer.ms)
    cache = answer.cache
  }
  // With a churn, the catalog changes every few hundred ms during the load, as on a busy sales day.
  const churning = churn?.start()
  const result = await autocannon({ url, headers, connections, duration })
  const changes = churning ? await churning.stop() : null
  return {
    label,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    changes,
    errors: result.errors + result.non2xx,
    limited: result.statusCodeStats?.["429"]?.count ?? 0,
    first: Math.round(first.ms),
    single: Math.round(median(times)),
    // The response cache's (or Next's) verdict on the first request, then on the later ones.
    cache: `${first.cache ?? "-"} → ${cache ?? "-"}`,
  }
}

/** The store API's catalog views (and the storefront's, when given) with a catalog of `catalogSize` pieces. */
export async function measureCatalog({ backend, storefront, store, publishableKey, searchTerm, benchHandle, log = console.log }, options) {
  const { regions } = await store.get("/store/regions")
  const usd = regions.find((region) => region.currency_code === "usd")
  if (!usd) throw new Error("No USD region in GET /store/regions: is the shop seeded?")
  const catalog = (params) => `/store/catalog${query({ limit: 24, region_id: usd.id, ...params })}`
  const firstPage = await storeGet(store, catalog({}), log)
  const category = firstPage.facets?.categories?.[0]?.handle
  const deepPage = Math.max(1, firstPage.pages - 1)
  const shown = (path) => `\`${path.replace(usd.id, "…")}\``

  const api = { "x-publishable-api-key": publishableKey }
  const targets = [
    { label: `${shown(catalog({}))} (first page)`, url: `${backend}${catalog({})}`, headers: api },
    { label: `${shown(catalog({ q: searchTerm }))} (search)`, url: `${backend}${catalog({ q: searchTerm })}`, headers: api },
    ...(category ? [{ label: `${shown(catalog({ category }))} (facet)`, url: `${backend}${catalog({ category })}`, headers: api }] : []),
    {
      label: `${shown(catalog({ page: deepPage }))} (page ${deepPage} of ${firstPage.pages})`,
      url: `${backend}${catalog({ page: deepPage })}`,
      headers: api,
    },
    { label: "`/store/products?limit=12`", url: `${backend}/store/products?limit=12`, headers: api },
  ]
  if (storefront) {
    const search = `/en/store${query({ q: searchTerm })}`
    targets.push(
      { label: "storefront `/en/store`", url: `${storefront}/en/store`, headers: {} },
      { label: `storefront \`${search}\``, url: `${storefront}${search}`, headers: {} }
    )
    if (benchHandle)
      targets.push({ label: `storefront \`/en/products/${benchHandle}\``, url: `${storefront}/en/products/${benchHandle}`, headers: {} })
  }

  log(
    `\nMeasuring ${targets.length} endpoints with ${firstPage.count} pieces in /store/catalog: ${options.connections} connections, ` +
      `${options.duration} s each, and ${options.sequential} sequential requests…`
  )
  const rows = []
  for (const target of targets) {
    const row = await measureTarget(target, options)
    rows.push(row)
    log(
      row.failed
        ? `  ${row.label}: FAILED ${row.failed}`
        : `  ${row.label}: ${row.rps} req/s, p50 ${row.p50} ms, one request ${row.single} ms`
    )
  }
  return { catalogSize: firstPage.count, rows }
}

export function printTable({ catalogSize, benchPieces, rows, sequential }, log = console.log) {
  log(`\nCatalog of ${catalogSize} pieces (${benchPieces} of them bench pieces):\n`)
  log(
    `| endpoint (${catalogSize} pieces) | req/s | p50 ms | p97.5 ms | p99 ms | errors | first request ms | one request ms (median of ${sequential}) | cache | stock changes during the load |\n` +
      "|---|---|---|---|---|---|---|---|---|---|"
  )
  for (const r of rows) {
    if (r.failed) log(`| ${r.label} | failed | | | | | | | | |`)
    else
      log(
        `| ${r.label} | ${r.rps} | ${r.p50} | ${r.p975} | ${r.p99} | ${r.errors} | ${r.first} | ${r.single} | ${r.cache} | ${r.changes ?? "–"} |`
      )
  }
  if (rows.some((r) => r.limited)) log(`\nSome errors are 429s: ${RATE_LIMIT_HINT}.`)
}
