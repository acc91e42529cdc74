#!/usr/bin/env node
// Issue 10, "a catalog of 10,000 pieces that stays as fast": grows a running shop's catalog to --n
// bench pieces (copies of the seed's products through the admin API), waits until the store and its
// search index show them all, then measures the catalog like bench/api.mjs. Not a test: prints numbers.
// Usage: BACKEND_URL=http://localhost:9000 TELAR_ADMIN_EMAIL=admin@telar.local TELAR_ADMIN_PASSWORD=… \
//          [PUBLISHABLE_KEY=pk_…] [STOREFRONT_URL=http://localhost:8000] node bench/big-catalog.mjs \
//          [--n 10000] [--batch 100] [--parallel 2] [--q huipil] [--wait-timeout 900] [--churn-ms 1000]
//          [--seed-only | --measure-only | --clean]
// The backend should run with TELAR_RATE_LIMIT_FACTOR=0: /store/catalog is rate limited per address.
import { adminClient, jsonClient } from "./big-catalog/http.mjs"
import { lotCounts, measureCatalog, printTable, waitForCatalog } from "./big-catalog/measure.mjs"
import { DELETE_FIELDS, deleteBenchPieces, growBenchPieces, listBenchPieces, removeHalfMadePieces } from "./big-catalog/seed.mjs"
import { loadShop } from "./big-catalog/shop.mjs"

const FLAGS = new Set(["--clean", "--measure-only", "--seed-only"])
const OPTIONS = new Set(["--n", "--batch", "--parallel", "--q", "--wait-timeout", "--churn-ms"])

function parseArguments(argv) {
  const flags = new Set()
  const values = new Map()
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index]
    if (FLAGS.has(name)) flags.add(name)
    else if (OPTIONS.has(name) && index + 1 < argv.length) values.set(name, argv[++index])
    else
      throw new Error(
        `Unknown or incomplete argument "${name}". Flags: ${[...FLAGS].join(" ")}; options: ${[...OPTIONS].join(" ")} <value>.`
      )
  }
  const whole = (name, fallback, min) => {
    const value = Number(values.get(name) ?? fallback)
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${values.get(name)}".`)
    return value
  }
  if ([...flags].length > 1) throw new Error(`Choose one of ${[...FLAGS].join(", ")}.`)
  return {
    clean: flags.has("--clean"),
    measureOnly: flags.has("--measure-only"),
    seedOnly: flags.has("--seed-only"),
    target: whole("--n", 10000, 0),
    batchSize: whole("--batch", 100, 1),
    parallel: whole("--parallel", 2, 1),
    waitTimeoutMs: whole("--wait-timeout", 900, 1) * 1000,
    searchTerm: values.get("--q") ?? "huipil",
    churnMs: values.has("--churn-ms") ? whole("--churn-ms", 0, 50) : null,
  }
}

/**
 * --churn-ms: one stock change through the admin API every `ms` during each load run (a stocked
 * quantity of the first stocked inventory item, moved up and back), so every cache the catalog
 * has is dropped that often. Leaves the quantity as it found it.
 */
async function stockChurn(admin, ms) {
  const { inventory_items: items } = await admin.get("/admin/inventory-items?limit=20&fields=id,*location_levels")
  const item = items.find((candidate) => candidate.location_levels?.length)
  if (!item) throw new Error("--churn-ms needs an inventory item with a stock level.")
  const level = item.location_levels[0]
  const path = `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`
  const original = Number(level.stocked_quantity)
  return {
    start() {
      let changes = 0
      let running = Promise.resolve()
      const timer = setInterval(() => {
        running = running.then(() =>
          admin.post(path, { stocked_quantity: original + (changes % 2 === 0 ? 1 : 0) }).then(() => {
            changes++
          })
        )
      }, ms)
      return {
        async stop() {
          clearInterval(timer)
          await running
          await admin.post(path, { stocked_quantity: original })
          return changes
        },
      }
    },
  }
}

async function main() {
  const args = parseArguments(process.argv.slice(2))
  const backend = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
  const storefront = process.env.STOREFRONT_URL?.replace(/\/+$/, "")
  const measureOptions = {
    connections: Number(process.env.CONNECTIONS || 20),
    duration: Number(process.env.DURATION || 10),
    sequential: 20,
  }
  const admin = await adminClient(backend, process.env.TELAR_ADMIN_EMAIL || "admin@telar.local", process.env.TELAR_ADMIN_PASSWORD)

  if (args.clean) {
    const pieces = await listBenchPieces(admin, DELETE_FIELDS)
    console.log(`Deleting ${pieces.length} bench pieces from ${backend}…`)
    await deleteBenchPieces(admin, pieces)
    console.log("Done; the search index drops them as the product.deleted events arrive.")
    return
  }

  const shop = await loadShop(admin, { backend, publishableKey: process.env.PUBLISHABLE_KEY })
  const store = jsonClient(backend, { "x-publishable-api-key": shop.publishableKey })
  let pieces = await listBenchPieces(admin)
  let browseCount = null
  let seededAt = null

  if (!args.measureOnly) {
    console.log(`Backend ${backend}: ${pieces.length} bench pieces, ${shop.templates.length} seed products to copy.`)
    if (shop.skipped.length) console.log(`  Not copied: ${shop.skipped.join(", ")}`)
    pieces = await removeHalfMadePieces(admin, pieces)
    const before = (await store.get("/store/catalog?limit=1")).count
    const { added } = await growBenchPieces(admin, shop, {
      existing: pieces,
      target: args.target,
      batchSize: args.batchSize,
      parallel: args.parallel,
    })
    seededAt = performance.now()
    if (added) {
      browseCount = before + added
      pieces = await listBenchPieces(admin)
    }
  } else if (!pieces.length) {
    console.log("No bench pieces in this shop: measuring the catalog as it is.")
  }

  await waitForCatalog(store, { browseCount, lots: lotCounts(pieces), since: seededAt, timeoutMs: args.waitTimeoutMs })
  if (args.seedOnly) return

  const middle = pieces.sort((a, b) => a.number - b.number)[Math.floor(pieces.length / 2)]
  const churn = args.churnMs ? await stockChurn(admin, args.churnMs) : null
  const { catalogSize, rows } = await measureCatalog(
    { backend, storefront, store, publishableKey: shop.publishableKey, searchTerm: args.searchTerm, benchHandle: middle?.handle },
    { ...measureOptions, churn }
  )
  printTable({ catalogSize, benchPieces: pieces.length, rows, sequential: measureOptions.sequential })
}

main().catch((error) => {
  console.error(`\nbig-catalog: ${error.message}`)
  process.exit(1)
})
