#!/usr/bin/env node
// Issue 10, "API throughput twice stock Medusa's": Telar's store API against a stock Medusa 2.21.2 with
// Medusa's Caching Module (in-memory provider; app in bench/stock-medusa/) serving a copy of the same
// catalog, measured in the same run. Steps: read every product Telar's store lists (details and USD/MXN
// prices through Telar's admin API); drop and recreate the database of STOCK_DATABASE_URL and run
// `medusa db:migrate` there; create an admin user with `medusa user`; start stock Medusa
// (NODE_ENV=production, no build: its admin is disabled) on STOCK_PORT; create the copies through its
// admin API (published, in a sales channel with a new publishable key, plus a USD region); then run
// --rounds alternating rounds of autocannon (--connections, --duration s each, every URL warmed by 20
// requests first) on Telar's /store/products?limit=12, the same with fields=+cooperative.*, and
// stock's /store/products?limit=12 (odd rounds in that order, even rounds reversed), and print each
// round (response size, req/s, p50/p97.5/p99, errors, non-2xx, × stock) and a summary with the Telar/stock
// ratios against the goals (≥ 2× stock, p97.5 ≤ 100 ms). Stock Medusa is stopped on exit, errors and Ctrl-C;
// its database stays. This run's stock Medusa log is in bench/stock-medusa/server.log. Not a test: prints numbers.
// Usage: BACKEND_URL=http://localhost:9000 TELAR_ADMIN_EMAIL=admin@telar.local TELAR_ADMIN_PASSWORD=… \
//          [PUBLISHABLE_KEY=pk_…] [STOCK_DATABASE_URL=postgres://postgres@localhost:5432/telar_bench_stock] \
//          [STOCK_PORT=9900] node bench/stock-medusa.mjs [--rounds 2] [--duration 12] [--connections 20]
// STOCK_DATABASE_URL's database is dropped on every run, so its name must contain "bench". Telar should
// run with TELAR_RATE_LIMIT_FACTOR=0, or rate limits answer part of the load with 429.
import { randomBytes } from "node:crypto"
import { adminClient, jsonClient } from "./big-catalog/http.mjs"
import { readTelarCatalog, seedStockCatalog, telarPublishableKey } from "./stock-medusa/catalog.mjs"
import { roundTable, runRounds, summaryTable } from "./stock-medusa/rounds.mjs"
import { clearLog, killMedusaNow, LOG_FILE, resetDatabase, runMedusa, startMedusa } from "./stock-medusa/server.mjs"

const OPTIONS = { "--rounds": 2, "--duration": 12, "--connections": 20 }
const STOCK_ADMIN_EMAIL = "bench@stock-medusa.local"

function parseArguments(argv) {
  const values = { ...OPTIONS }
  for (let index = 0; index < argv.length; index += 2) {
    const [name, text] = [argv[index], argv[index + 1]]
    const value = Number(text)
    if (!(name in OPTIONS) || !Number.isInteger(value) || value < 1)
      throw new Error(
        `Unknown argument or not a whole number ≥ 1: "${name} ${text ?? ""}". Options: ${Object.keys(OPTIONS).join(" ")} <n>.`
      )
    values[name] = value
  }
  return { rounds: values["--rounds"], duration: values["--duration"], connections: values["--connections"] }
}

let stockServer = null

async function stopAndExit(code) {
  if (stockServer) await stockServer.stop()
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAndExit(130))
process.on("exit", () => stockServer && killMedusaNow(stockServer.child))

async function main() {
  const args = parseArguments(process.argv.slice(2))
  const backend = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
  const stockDatabaseUrl = process.env.STOCK_DATABASE_URL || "postgres://postgres@localhost:5432/telar_bench_stock"
  const stockPort = Number(process.env.STOCK_PORT || 9900)

  const health = await fetch(`${backend}/health`).catch((error) => ({ ok: false, statusText: error.cause?.message ?? error.message }))
  if (!health.ok) throw new Error(`Telar at ${backend} does not answer /health (${health.statusText}): start it or set BACKEND_URL.`)
  const telarAdmin = await adminClient(backend, process.env.TELAR_ADMIN_EMAIL || "admin@telar.local", process.env.TELAR_ADMIN_PASSWORD)
  const telarKey = await telarPublishableKey(telarAdmin, process.env.PUBLISHABLE_KEY)
  const telarHeaders = { "x-publishable-api-key": telarKey }
  const products = await readTelarCatalog(telarAdmin, jsonClient(backend, telarHeaders))
  const variantCount = products.reduce((sum, product) => sum + (product.variants?.length ?? 0), 0)
  console.log(`Telar at ${backend}: ${products.length} products, ${variantCount} variants in its store.`)

  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: stockDatabaseUrl,
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  }
  const stockPassword = randomBytes(16).toString("hex")
  console.log(`Stock Medusa: resetting ${new URL(stockDatabaseUrl).pathname.slice(1)}, migrating, creating its admin (log: ${LOG_FILE})…`)
  clearLog()
  await resetDatabase(stockDatabaseUrl)
  await runMedusa(["db:migrate"], env)
  await runMedusa(["user", "-e", STOCK_ADMIN_EMAIL, "-p", stockPassword], env)
  stockServer = await startMedusa(env, { port: stockPort })
  const { token } = await jsonClient(stockServer.url).post("/auth/user/emailpass", { email: STOCK_ADMIN_EMAIL, password: stockPassword })
  const stockKey = await seedStockCatalog(jsonClient(stockServer.url, { authorization: `Bearer ${token}` }), products)
  const stockHeaders = { "x-publishable-api-key": stockKey }
  const { count: stockCount } = await jsonClient(stockServer.url, stockHeaders).get("/store/products?limit=1&fields=id")
  if (stockCount !== products.length) throw new Error(`Stock Medusa's store lists ${stockCount} products, not ${products.length}.`)
  console.log(`Stock Medusa at ${stockServer.url}: ${stockCount} products copied.`)

  const targets = [
    { side: "telar", label: "Telar /store/products?limit=12", url: `${backend}/store/products?limit=12`, headers: telarHeaders },
    {
      side: "telar",
      label: "Telar /store/products?limit=12&fields=+cooperative.*",
      url: `${backend}/store/products?limit=12&fields=${encodeURIComponent("+cooperative.*")}`,
      headers: telarHeaders,
    },
    { side: "stock", label: "Stock /store/products?limit=12", url: `${stockServer.url}/store/products?limit=12`, headers: stockHeaders },
  ]
  console.log(`\n${args.rounds} round(s), autocannon ${args.connections} connections × ${args.duration} s per URL:`)
  const rounds = await runRounds(targets, args, (round, rows) => console.log(`\nRound ${round}\n\n${roundTable(rows)}\n`))
  console.log(`Summary\n\n${summaryTable(rounds)}`)
}

main()
  .then(() => stopAndExit(0))
  .catch(async (error) => {
    console.error(error.message)
    await stopAndExit(1)
  })
