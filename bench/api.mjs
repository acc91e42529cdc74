#!/usr/bin/env node
// Throughput and latency of the store API under load (autocannon). Not a test: prints numbers.
// Usage: BACKEND_URL=http://localhost:9000 PUBLISHABLE_KEY=pk_… node bench/api.mjs
import autocannon from "autocannon"

const backend = process.env.BACKEND_URL || "http://localhost:9000"
const key = process.env.PUBLISHABLE_KEY
if (!key) {
  console.error("Set PUBLISHABLE_KEY (npm start prints it).")
  process.exit(1)
}
const regions = await (await fetch(`${backend}/store/regions`, { headers: { "x-publishable-api-key": key } })).json()
const usd = regions.regions.find((region) => region.currency_code === "usd")

const targets = [
  ["/store/products?limit=12", `/store/products?limit=12`],
  [
    "/store/products?limit=12&region_id=… (prices)",
    `/store/products?limit=12&region_id=${usd.id}&fields=*variants.calculated_price,+cooperative.name`,
  ],
  ["/store/cooperatives", `/store/cooperatives`],
]
if (process.argv.includes("--catalog")) targets.push(["/store/catalog", `/store/catalog?limit=24&region_id=${usd.id}`])

const results = []
for (const [label, path] of targets) {
  const result = await autocannon({
    url: `${backend}${path}`,
    headers: { "x-publishable-api-key": key },
    connections: 20,
    duration: Number(process.env.DURATION || 10),
  })
  results.push({
    label,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  })
}
console.log("\n| endpoint | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|")
for (const r of results) console.log(`| ${r.label} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`)
