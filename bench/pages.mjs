#!/usr/bin/env node
// Throughput and latency of the storefront's shopper pages under load (autocannon), as issue 10
// measures them: 20 connections, 12 s per page, production build (`npm start`). Not a test: prints
// numbers. The product and cooperative are found on the running shop, so no handle is assumed.
// Usage: STOREFRONT_URL=http://localhost:8000 node bench/pages.mjs [--rounds 2] [--mxn]
import autocannon from "autocannon"

const storefront = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
const duration = Number(process.env.DURATION || 12)
const connections = Number(process.env.CONNECTIONS || 20)
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : fallback
}
const rounds = Number(argument("--rounds", 1))
// The region cookie the currency switch sets: each (language, region) page is its own cache entry.
const cookie = process.argv.includes("--mxn") ? "telar_region=mx" : undefined

async function get(path) {
  const response = await fetch(`${storefront}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" })
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), body: await response.text() }
}

/** The first link under a prefix on a page of the shop. */
async function firstLink(page, prefix) {
  const { status, body } = await get(page)
  if (status !== 200) throw new Error(`${page} answered ${status}: is the storefront (and its backend) running at ${storefront}?`)
  const match = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(body)
  if (!match) throw new Error(`No link to ${prefix}… on ${page}: is the catalog seeded?`)
  return match[1]
}

const product = await firstLink("/en/store", "/en/products/")
const cooperative = await firstLink("/en/cooperatives", "/en/cooperatives/")
// A facet link: the catalog filtered by one category (a cached view too).
const category = /href="(\/en\/store\?category=[a-z0-9_-]+)"/.exec((await get("/en/store")).body)?.[1] ?? "/en/store?sort=newest"
const pages = [
  ["home /en", "/en"],
  ["catalog /en/store", "/en/store"],
  ["catalog, one category", category],
  ["catalog search (per request)", "/en/store?q=huipil"],
  ["product", product],
  ["product /es", product.replace(/^\/en\//, "/es/")],
  ["cooperative", cooperative],
]

/** Every response time, for percentiles autocannon does not report (p95). */
function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function measure(path) {
  // Warm: the first visit renders and caches the page; the second shows whether it is served from cache.
  await get(path)
  const { cache } = await get(path)
  const times = []
  const instance = autocannon({
    url: `${storefront}${path}`,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    rps: Math.round(result.requests.average),
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p975: Math.round(percentile(times, 97.5)),
    errors: result.errors + result.timeouts + result.non2xx,
    cache: cache ?? "-",
  }
}

console.log(
  `Storefront ${storefront}, ${connections} connections, ${duration} s per page, ${rounds} round(s)${cookie ? ", region MXN" : ""}`
)
const rows = []
for (let round = 1; round <= rounds; round++) {
  for (const [label, path] of pages) {
    const result = await measure(path)
    rows.push({ round, label, path, ...result })
    console.log(`round ${round}: ${label} ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms`)
  }
}
console.log("\n| round | page | req/s | p50 ms | p95 ms | p97.5 ms | errors | x-nextjs-cache |\n|---|---|---|---|---|---|---|---|")
for (const r of rows) {
  console.log(`| ${r.round} | ${r.label} (\`${r.path}\`) | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p975} | ${r.errors} | ${r.cache} |`)
}
