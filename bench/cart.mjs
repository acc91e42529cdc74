#!/usr/bin/env node
// Issue 10, shopper actions: "add to cart" p95 ≤ 300 ms and "cart completion" p95 ≤ 700 ms, with the
// Stripe emulator. Runs --carts shopper journeys, --concurrency at a time, through the store API: a
// cart in the US region, one line (timed: POST /store/carts/:id/line-items), email and address, the
// standard shipping speed (one method per cooperative's parcel, POST /store/carts/:id/shipping-plan),
// a Stripe payment session, the card confirmed at the emulator as Stripe.js does (Visa 4242, publishable
// key and client secret), then POST /store/carts/:id/complete (timed; a success must answer an order).
// Not a test: prints numbers. Percentiles are over the requests that succeeded; failures are counted apart.
// EVERY JOURNEY PLACES A REAL TEST ORDER IN THE SHOP (card authorized at the emulator): run it against a
// bench stack, never a real shop.
// The piece bought: among published variants that are not one of a kind, track their stock and have a
// USD price and a cooperative, the one with the most left. With admin credentials the bench adds
// --carts units to its stock (inventory level with the most available) before the run, so no journey
// runs out and, when all buy it, the shop shows the same stock afterwards; without them it must already have --carts left.
// The emulator's webhook (when the stack sets one) may place the order before the shopper's own
// completion, which then answers that order as the storefront would see it; the bench counts those.
// Usage: BACKEND_URL=http://localhost:9000 STRIPE_URL=http://localhost:12111 \
//          TELAR_ADMIN_EMAIL=admin@telar.local TELAR_ADMIN_PASSWORD=… [PUBLISHABLE_KEY=pk_…] \
//          [STOREFRONT_URL=http://localhost:8000] node bench/cart.mjs [--carts 60] [--concurrency 4]
// The backend should run with TELAR_RATE_LIMIT_FACTOR=0: creating and completing carts are rate limited per address.
import { adminClient, jsonClient } from "./big-catalog/http.mjs"
import { StepError, shopperJourney } from "./cart/journey.mjs"
import { pieceForJourneys, publishableKey, usRegion } from "./cart/shop.mjs"

const GOALS = { add: 300, complete: 700 }
const OPTIONS = ["--carts", "--concurrency"]

for (let index = 2; index < process.argv.length; index += 2) {
  if (!OPTIONS.includes(process.argv[index]))
    throw new Error(`Unknown argument "${process.argv[index]}": options are ${OPTIONS.join(", ")} <n>.`)
}

function option(name, fallback) {
  const index = process.argv.indexOf(name)
  const value = Number(index >= 0 ? process.argv[index + 1] : fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1.`)
  return value
}

/** Nearest-rank percentile of ascending times. */
function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function summary(times, failures) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p) => Math.round(percentile(sorted, p))
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: Math.round(sorted.at(-1) ?? Number.NaN), failures }
}

const backend = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
const stripeUrl = (process.env.STRIPE_URL || "http://localhost:12111").replace(/\/+$/, "")
const storefrontUrl = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
const carts = option("--carts", 60)
const concurrency = Math.min(option("--concurrency", 4), carts)

const adminPassword = process.env.TELAR_ADMIN_PASSWORD
const admin = adminPassword ? await adminClient(backend, process.env.TELAR_ADMIN_EMAIL || "admin@telar.local", adminPassword) : null
const key = await publishableKey(admin, process.env.PUBLISHABLE_KEY)
const store = jsonClient(backend, { "x-publishable-api-key": key })
const emulator = await fetch(`${stripeUrl}/_emulator/health`).catch(() => null)
if (!emulator?.ok) throw new Error(`No Stripe emulator answers at ${stripeUrl}/_emulator/health: set STRIPE_URL.`)
const region = await usRegion(store)
const piece = await pieceForJourneys(store, admin, region.id, carts)

console.log(`Backend ${backend}, Stripe emulator ${stripeUrl}: ${carts} journeys, ${concurrency} at a time, region ${region.name}`)
console.log(
  `Piece: ${piece.productTitle} / ${piece.variantTitle} (${piece.handle}, ${piece.cooperative}), ${piece.before} left` +
    (piece.toppedUp ? `, topped up by ${piece.toppedUp} at ${piece.locationId}` : "")
)

const add = { times: [], failures: 0 }
const complete = { times: [], failures: 0 }
const otherFailures = new Map()
const problems = []
let placedByWebhook = 0
let next = 0
let done = 0

async function shopper() {
  while (next < carts) {
    const number = ++next
    try {
      const result = await shopperJourney({ store, stripeUrl, storefrontUrl, regionId: region.id, variantId: piece.variantId, number })
      add.times.push(result.add)
      if (result.complete.failure) {
        complete.failures++
        problems.push(`journey ${number}, cart completion: ${result.complete.failure}`)
      } else {
        complete.times.push(result.complete.ms)
        if (result.complete.placedBefore) placedByWebhook++
      }
    } catch (error) {
      if (!(error instanceof StepError)) throw error
      if (error.step === "add to cart") add.failures++
      else otherFailures.set(error.step, (otherFailures.get(error.step) ?? 0) + 1)
      problems.push(`journey ${number}, ${error.step}: ${error.message}`)
    }
    if (++done % 10 === 0 || done === carts) console.log(`${done}/${carts} journeys`)
  }
}
await Promise.all(Array.from({ length: concurrency }, shopper))

const rows = [
  ["add to cart", "POST /store/carts/:id/line-items", summary(add.times, add.failures), GOALS.add],
  ["cart completion", "POST /store/carts/:id/complete", summary(complete.times, complete.failures), GOALS.complete],
]
console.log("\n| action | request | n | p50 ms | p95 ms | p99 ms | max ms | failures | goal p95 |\n|---|---|---|---|---|---|---|---|---|")
for (const [action, request, s, goal] of rows) {
  console.log(`| ${action} | \`${request}\` | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${s.failures} | ≤ ${goal} ms |`)
}
if (placedByWebhook) console.log(`${placedByWebhook} completion(s) answered an order the emulator's webhook had already placed.`)
for (const [step, count] of otherFailures) console.log(`Journeys stopped at "${step}", not timed: ${count}`)
if (problems.length) {
  console.log(`\nFirst failures (${problems.length} in all):`)
  for (const problem of problems.slice(0, 5)) console.log(`- ${problem}`)
}
console.log("")
for (const [action, , s, goal] of rows) {
  // A goal is met when p95 is within it and no request failed.
  const verdict = !s.n ? "not measured (no request succeeded)" : s.p95 <= goal && !s.failures ? "MET" : "NOT MET"
  const failed = s.failures ? ` (${s.failures} failed)` : ""
  console.log(`${action}: p95 ${s.p95} ms, goal ≤ ${goal} ms${failed}: ${verdict}`)
}
if (problems.length) process.exitCode = 1
