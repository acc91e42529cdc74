#!/usr/bin/env node
// Starts a fresh Telar (embedded PostgreSQL, seeded catalog, Stripe emulator, built backend and
// storefront) on its own ports, runs the Playwright journeys against it, then stops it all.
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../scripts/lib/postgres.mjs"
import { loadInstallSecrets } from "../scripts/lib/secrets.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")
const resultsDir = process.env.TELAR_RESULTS_DIR || path.join(root, ".data", "test-results")
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
mkdirSync(resultsDir, { recursive: true })

function fail(message, file = "e2e.json") {
  console.error(`\n[e2e] ${message}\n`)
  writeFileSync(path.join(resultsDir, file), JSON.stringify({ stats: { expected: 0, unexpected: 1, flaky: 0 } }))
  process.exit(1)
}

if (!existsSync(chromium)) {
  fail(
    `No Chromium at ${chromium}. Install Debian's browser with \`sudo apt-get install -y chromium\` ` +
      "(or set CHROMIUM_PATH to a Chromium binary). Telar never downloads a browser."
  )
}

const ports = {
  backend: process.env.E2E_BACKEND_PORT || "9100",
  storefront: process.env.E2E_STOREFRONT_PORT || "8100",
  stripe: process.env.E2E_STRIPE_PORT || "12200",
}
const stateDir = path.join(root, ".data", "e2e")
rmSync(stateDir, { recursive: true, force: true })

const env = {
  ...process.env,
  TELAR_DATA_DIR: stateDir,
  TELAR_POSTGRES_PORT: "56329",
  PORT: ports.backend,
  MEDUSA_BACKEND_URL: `http://localhost:${ports.backend}`,
  STOREFRONT_PORT: ports.storefront,
  STOREFRONT_URL: `http://localhost:${ports.storefront}`,
  STRIPE_EMULATOR_PORT: ports.stripe,
  STRIPE_API_BASE: `http://127.0.0.1:${ports.stripe}`,
  // A fresh admin per run: there is no default password to fall back on.
  TELAR_ADMIN_EMAIL: "staff@telar.test",
  TELAR_ADMIN_PASSWORD: randomBytes(18).toString("base64url"),
  // The journeys run many shoppers from one address.
  TELAR_RATE_LIMIT_FACTOR: process.env.TELAR_RATE_LIMIT_FACTOR || "20",
}
delete env.DATABASE_URL
delete env.STRIPE_API_KEY

console.log("[e2e] starting a fresh Telar…")
const stack = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] })
let log = ""
const ready = new Promise((resolve, reject) => {
  stack.stdout.on("data", (chunk) => {
    const text = chunk.toString()
    log += text
    process.stdout.write(
      text
        .split("\n")
        .filter((line) => line.includes("[telar]") || line.includes("Telar is running"))
        .map((l) => l + "\n")
        .join("")
    )
    const key = /Publishable key\s+(pk_[a-f0-9]+)/.exec(log)
    if (log.includes("Telar is running") && key) resolve(key[1])
  })
  stack.on("close", (code) => reject(new Error(`the stack exited (code ${code}) before it was ready:\n${log.slice(-4000)}`)))
  setTimeout(() => reject(new Error("the stack was not ready within 10 minutes")), 600_000)
})

async function stop() {
  if (stack.exitCode !== null) return
  const closed = new Promise((resolve) => stack.once("close", resolve))
  stack.kill("SIGTERM")
  await Promise.race([closed, new Promise((r) => setTimeout(r, 20_000))])
}

let code = 1
let publishableKey
try {
  publishableKey = await ready
  // npm start's mail catcher (its inbox answers JSON at /api/messages?to=…).
  const mail = JSON.parse(readFileSync(path.join(stateDir, "mail.json"), "utf8"))
  const playwright = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
    cwd: here,
    stdio: "inherit",
    env: {
      ...process.env,
      E2E_BASE_URL: env.STOREFRONT_URL,
      E2E_BACKEND_URL: env.MEDUSA_BACKEND_URL,
      E2E_STRIPE_URL: `http://localhost:${ports.stripe}`,
      E2E_PUBLISHABLE_KEY: publishableKey,
      E2E_MAIL_URL: mail.inboxUrl,
      TELAR_ADMIN_EMAIL: env.TELAR_ADMIN_EMAIL,
      TELAR_ADMIN_PASSWORD: env.TELAR_ADMIN_PASSWORD,
      E2E_RESULTS_FILE: path.join(resultsDir, "e2e.json"),
      CHROMIUM_PATH: chromium,
    },
  })
  code = await new Promise((resolve) => playwright.on("close", (c) => resolve(c ?? 1)))
} catch (error) {
  await stop()
  fail(error.message)
}
await stop()

// Then the process journeys (kill -9, several servers on Redis), on the same seeded database and
// backend build, with processes they start and kill themselves.
const onlyBrowser = process.argv.length > 2
if (!onlyBrowser) {
  console.log("[e2e] process journeys…")
  const db = await startEmbeddedPostgres({ dataDir: path.join(stateDir, "postgres"), preferredPort: Number(env.TELAR_POSTGRES_PORT) })
  const secrets = loadInstallSecrets(stateDir, {}).values
  const processes = spawn("npx", ["playwright", "test", "-c", "playwright.processes.config.ts"], {
    cwd: here,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: db.urlFor("telar"),
      JWT_SECRET: secrets.JWT_SECRET,
      COOKIE_SECRET: secrets.COOKIE_SECRET,
      TELAR_ADMIN_EMAIL: env.TELAR_ADMIN_EMAIL,
      TELAR_ADMIN_PASSWORD: env.TELAR_ADMIN_PASSWORD,
      E2E_PUBLISHABLE_KEY: publishableKey,
      E2E_RESULTS_FILE: path.join(resultsDir, "e2e-processes.json"),
    },
  })
  const processesCode = await new Promise((resolve) => processes.on("close", (c) => resolve(c ?? 1)))
  await db.stop().catch(() => {})
  if (processesCode !== 0) code = code || processesCode
}
process.exit(code)
